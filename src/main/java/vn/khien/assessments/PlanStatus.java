package vn.khien.assessments;

/** An agency drafts its yearly plan and submits it; the coordinator approves it or returns it. */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED
}
