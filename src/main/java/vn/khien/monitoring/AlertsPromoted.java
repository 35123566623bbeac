package vn.khien.monitoring;

import java.time.Instant;
import java.util.List;
import vn.khien.shared.AuditableEvent;

/**
 * Alerts on one system were promoted to an incident, by a promotion rule or by hand from the console.
 * The incidents module opens an incident (or attaches to the open one for the same system and rule)
 * when it hears this event; {@code rule} is the promotion rule's name, or {@code manual}.
 * {@code firstSeen} is the earliest sighting among the promoted alerts: when monitoring detected what
 * became the incident, from which its notice clock runs.
 */
public record AlertsPromoted(
        String systemCode,
        String rule,
        String alertRule,
        List<Long> rollupIds,
        long alertCount,
        AlertSeverity severity,
        Instant firstSeen,
        String reason)
        implements AuditableEvent {

    public AlertsPromoted {
        rollupIds = List.copyOf(rollupIds);
    }

    @Override
    public String action() {
        return "monitoring.alerts.promoted";
    }

    @Override
    public String objectType() {
        return "alert-rollup";
    }

    @Override
    public String objectId() {
        return rollupIds.isEmpty() ? "none" : Long.toString(rollupIds.get(0));
    }

    @Override
    public String after() {
        return (systemCode == null ? "?" : systemCode) + " " + alertRule + " ×" + alertCount + " " + severity + " ("
                + rule + "): " + reason;
    }
}
