package vn.khien.compliance;

/**
 * Where an obligation stands on a day (DESIGN.md §8). Listed from most to least urgent, which is the
 * order lists and dashboards use.
 */
public enum ObligationStatus {
    OVERDUE,
    VIOLATED,
    DUE_SOON,
    DUE,
    NOT_EVALUATED,
    WAIVED,
    MET,
    NOT_APPLICABLE;

    /** Whether the subject still has something to do. */
    public boolean open() {
        return this == OVERDUE || this == VIOLATED || this == DUE_SOON || this == DUE;
    }
}
