package vn.khien.monitoring.syslog;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code khien.monitoring.syslog.*}: the network syslog intake, off by default.
 *
 * @param sources who may send: an address range and the organisation its messages are filed under
 * @param tls syslog over TLS (RFC 5425) on a port of its own, beside plain TCP
 */
@ConfigurationProperties("khien.monitoring.syslog")
public record SyslogSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("0.0.0.0") String bindAddress,
        @DefaultValue("5514") int udpPort,
        @DefaultValue("5514") int tcpPort,
        @DefaultValue("2000") int batchLines,
        @DefaultValue("1s") Duration flushInterval,
        @DefaultValue("100000") int queueLines,
        List<Source> sources,
        @DefaultValue Tls tls) {

    public SyslogSettings {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /**
     * @param certificate PEM file with the server certificate (and its chain)
     * @param privateKey PEM file with its private key (PKCS#8, unencrypted)
     */
    public record Tls(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("6514") int port,
            String certificate,
            String privateKey) {}

    public record Source(String network, String organisation) {}
}
