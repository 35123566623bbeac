package vn.khien.monitoring.syslog;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.File;
import javax.net.ssl.SSLException;

/** The server side of syslog over TLS from the configured PEM certificate and key. */
final class SyslogTls {

    private SyslogTls() {}

    static SslContext context(SyslogSettings.Tls tls) {
        if (tls.certificate() == null || tls.privateKey() == null) {
            throw new IllegalStateException("khien.monitoring.syslog.tls.certificate and .private-key are needed"
                    + " when khien.monitoring.syslog.tls.enabled=true");
        }
        try {
            return SslContextBuilder.forServer(new File(tls.certificate()), new File(tls.privateKey()))
                    .protocols("TLSv1.3", "TLSv1.2")
                    .build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalStateException("syslog TLS certificate or key unreadable: " + e.getMessage(), e);
        }
    }
}
