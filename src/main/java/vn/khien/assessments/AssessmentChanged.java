package vn.khien.assessments;

import java.util.UUID;
import vn.khien.shared.AuditableEvent;

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
