package vn.khien.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.khien.shared.AuditableEvent;

/** An assessment was completed: the systems in its scope count as assessed on {@code completedOn} (Decree 85/2016 Art. 20). */
public record AssessmentCompleted(
        UUID assessmentId, List<String> systemCodes, LocalDate completedOn, String assessorCode)
        implements AuditableEvent {

    @Override
    public String action() {
        return "assessments.assessment.completed";
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
        return "completedOn=" + completedOn + " assessor=" + assessorCode + " systems=" + systemCodes;
    }
}
