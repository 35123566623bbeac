package vn.khien.assessments;

import java.time.LocalDate;
import java.util.UUID;
import vn.khien.shared.AuditableEvent;

/** A finding passed its remediation due date while still open; published once per finding by the daily job. */
public record RemediationOverdue(
        UUID findingId, String agencyCode, String systemCode, Severity severity, LocalDate dueOn)
        implements AuditableEvent {

    @Override
    public String action() {
        return "assessments.finding.overdue";
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
        return "dueOn=" + dueOn;
    }
}
