package vn.khien.incidents;

import java.time.Instant;
import vn.khien.shared.AuditableEvent;

/** An incident was closed with its root cause, lessons learned and final report. */
public record IncidentClosed(String reference, String agencyCode, String systemCode, Instant closedAt)
        implements AuditableEvent {

    @Override
    public String action() {
        return "incidents.incident.closed";
    }

    @Override
    public String objectType() {
        return IncidentChanged.OBJECT_TYPE;
    }

    @Override
    public String objectId() {
        return reference;
    }
}
