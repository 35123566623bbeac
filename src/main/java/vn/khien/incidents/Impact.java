package vn.khien.incidents;

/** How far the incident reaches beyond the system: none, the agency, several agencies, the province. */
public enum Impact {
    NONE,
    LOW,
    MEDIUM,
    HIGH
}
