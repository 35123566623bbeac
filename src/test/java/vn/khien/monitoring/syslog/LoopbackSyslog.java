package vn.khien.monitoring.syslog;

import java.time.Duration;
import java.util.List;

/** Syslog settings for tests: loopback only, free ports, small batches flushed every 100 ms. */
public final class LoopbackSyslog {

    private LoopbackSyslog() {}

    /** Messages from 127.0.0.0/8 are filed under the organisation; TLS off. */
    public static SyslogSettings settings(String organisation) {
        return settings(organisation, new SyslogSettings.Tls(false, 0, null, null));
    }

    public static SyslogSettings settings(String organisation, SyslogSettings.Tls tls) {
        return new SyslogSettings(
                true,
                "127.0.0.1",
                0,
                0,
                100,
                Duration.ofMillis(100),
                1000,
                List.of(new SyslogSettings.Source("127.0.0.0/8", organisation)),
                tls);
    }
}
