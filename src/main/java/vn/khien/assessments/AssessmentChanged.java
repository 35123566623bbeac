package vn.khien.assessments;

import vn.khien.shared.AuditableEvent;
import java.util.UUID;

/** A step of an assessment's workflow (created, started, independence exception, report, comment, cancelled). */
public record AssessmentChanged(UUID assessmentId, String change, String detail) implements AuditableEvent {

    @Override
    public String action() {
        return "assessments.assessment." + change;
    }

    @Override
    public String objectType() {
        return "assessment";
    }

    @Override
    public String objectId() {
        return String.valueOf(assessmentId);
    }

    @Override
    public String after() {
        return detail;
    }
}
