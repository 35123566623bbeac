package vn.khien.assessments;

import java.time.LocalDate;
import java.util.UUID;
import vn.khien.shared.AuditableEvent;

/** A finding was recorded against an agency (and one of its systems, when known), with its remediation due date. */
public record FindingRaised(UUID findingId, String agencyCode, String systemCode, Severity severity, LocalDate dueOn)
        implements AuditableEvent {

    @Override
    public String action() {
        return "assessments.finding.raised";
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
        return "agency=" + agencyCode + " system=" + systemCode + " severity=" + severity + " due=" + dueOn;
    }
}
