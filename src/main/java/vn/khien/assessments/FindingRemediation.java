package vn.khien.assessments;

import java.time.LocalDate;
import java.util.UUID;

/** Findings raised by an assessment and their remediation by the agency, checked by the assessor. */
public interface FindingRemediation {

    /** The system, when given, must be in the assessment's scope; its level then sets the due date. */
    UUID raise(UUID assessmentId, NewFinding finding);

    /** Who fixes it and how; a new due date (not in the past) replaces the default. */
    void planRemediation(UUID id, String owner, String plan, LocalDate dueOn);

    /**
     * The coordinator records the due date a finding really has, with the reason (a deadline set in an
     * earlier report); the date may be in the past, so the finding becomes overdue.
     */
    void correctDueDate(UUID id, LocalDate dueOn, String reason);

    void claimFixed(UUID id, String note);

    /** The assessor (or the coordinator) checked the fix: closed, or back to the agency with a reason. */
    void verify(UUID id, boolean fixed, String reason);
}
