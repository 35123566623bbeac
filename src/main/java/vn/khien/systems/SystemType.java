package vn.khien.systems;

/** What an information system is for (DESIGN.md §8). */
public enum SystemType {
    INTERNAL,
    CITIZEN_SERVICE,
    SHARED_INFRASTRUCTURE,
    INDUSTRIAL_CONTROL,
    OTHER
}
