package vn.khien.assessments;

/** How serious a finding is (DESIGN.md §8); with the system's level it sets the default remediation period. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    INFO
}
