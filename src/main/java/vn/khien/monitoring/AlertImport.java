package vn.khien.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * Alerts from an organisation's sensors handed over in one piece (an archive a provider sends, lines
 * collected by another tool), parsed and stored as if its sensors had sent them; like the syslog
 * listener it trusts the caller to name the sending organisation.
 */
public interface AlertImport {

    /**
     * Maps the alerts against the inventory as it is now (the map of network assets is rebuilt first,
     * so systems imported moments ago count), then stores them as one batch; bad lines are rejected or
     * dead-lettered as in the HTTP intake.
     */
    IntakeResult importLines(String organisation, AlertFormat format, List<String> lines);

    /** Applies the promotion rules at {@code now} rather than at their next run; returns the promotions. */
    int promote(Instant now);
}
