package vn.khien.incidents;

/** The core severity scale of the API (DESIGN.md §8). */
public enum IncidentSeverity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    INFO
}
