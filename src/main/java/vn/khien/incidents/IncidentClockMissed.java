package vn.khien.incidents;

import java.time.Instant;
import vn.khien.shared.AuditableEvent;

/** A regulatory clock of an incident ran out before the notice or report was recorded as sent. */
public record IncidentClockMissed(String reference, String agencyCode, String clockRuleId, Instant dueAt)
        implements AuditableEvent {

    @Override
    public String action() {
        return "incidents.clock.missed";
    }

    @Override
    public String objectType() {
        return IncidentChanged.OBJECT_TYPE;
    }

    @Override
    public String objectId() {
        return reference;
    }

    @Override
    public String after() {
        return clockRuleId + " due " + dueAt;
    }
}
