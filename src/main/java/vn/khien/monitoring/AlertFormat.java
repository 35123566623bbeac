package vn.khien.monitoring;

import java.util.Optional;

/** The formats alert intake reads, by the name used in {@code ?format=}. */
public enum AlertFormat {
    WAZUH("wazuh", true),
    SURICATA_EVE("suricata-eve", true),
    CEF("cef", false),
    SYSLOG("syslog", false),
    GENERIC("generic", true);

    private final String parameter;
    private final boolean json;

    AlertFormat(String parameter, boolean json) {
        this.parameter = parameter;
        this.json = json;
    }

    public String parameter() {
        return parameter;
    }

    /** JSON formats may also arrive as one JSON array instead of NDJSON. */
    public boolean json() {
        return json;
    }

    public static Optional<AlertFormat> ofParameter(String name) {
        for (AlertFormat format : values()) {
            if (format.parameter.equalsIgnoreCase(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
