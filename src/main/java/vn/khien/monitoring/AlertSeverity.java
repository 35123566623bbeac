package vn.khien.monitoring;

/**
 * An alert's severity normalised to four levels, whatever the tool's own scale (Wazuh 0–15, Suricata
 * 1–3, syslog 0–7, CEF 0–10); the API names them as DESIGN.md §8 does. They are the top four of the
 * common severity scale ({@code CRITICAL, HIGH, MEDIUM, LOW, INFO}) under the same names: alerts do not use
 * INFO (informational events are LOW), so a promoted alert's severity carries over to its incident as is.
 */
public enum AlertSeverity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** Stored as 1–4 so that "high and above" is a plain comparison. */
    public int rank() {
        return ordinal() + 1;
    }

    public static AlertSeverity ofRank(int rank) {
        return values()[Math.max(1, Math.min(4, rank)) - 1];
    }
}
