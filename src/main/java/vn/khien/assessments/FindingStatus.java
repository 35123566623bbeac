package vn.khien.assessments;

/** open → remediation planned → fixed (claimed) → closed (verified); or risk accepted by the agency head. */
public enum FindingStatus {
    OPEN,
    REMEDIATION_PLANNED,
    FIXED,
    CLOSED,
    RISK_ACCEPTED;

    /** Still waiting for the agency's remediation: counts towards overdue. */
    public boolean awaitingRemediation() {
        return this == OPEN || this == REMEDIATION_PLANNED;
    }
}
