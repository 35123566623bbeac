package vn.khien.systems;

/** Where a system is in its life. */
public enum SystemStatus {
    PLANNED,
    IN_OPERATION,
    RETIRED
}
