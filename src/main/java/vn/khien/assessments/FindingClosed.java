package vn.khien.assessments;

import java.time.LocalDate;
import java.util.UUID;
import vn.khien.shared.AuditableEvent;

/** The fix of a finding was verified by the assessor or the coordinator: the finding is closed. */
public record FindingClosed(UUID findingId, String agencyCode, String systemCode, Severity severity, LocalDate closedOn)
        implements AuditableEvent {

    @Override
    public String action() {
        return "assessments.finding.closed";
    }

    @Override
    public String objectType() {
        return "finding";
    }

    @Override
    public String objectId() {
        return String.valueOf(findingId);
    }

    @Override
    public String after() {
        return "closedOn=" + closedOn;
    }
}
