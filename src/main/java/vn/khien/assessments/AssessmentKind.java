package vn.khien.assessments;

/** What an assessment examines. */
public enum AssessmentKind {
    COMPLIANCE_CHECK,
    EFFECTIVENESS_ASSESSMENT,
    VULNERABILITY_SCAN,
    PENETRATION_TEST,
    OTHER
}
