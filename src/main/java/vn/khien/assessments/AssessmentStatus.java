package vn.khien.assessments;

/** planned → in progress → report drafted → agency commented → completed; or cancelled with a reason. */
public enum AssessmentStatus {
    PLANNED,
    IN_PROGRESS,
    REPORT_DRAFTED,
    AGENCY_COMMENTED,
    COMPLETED,
    CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
