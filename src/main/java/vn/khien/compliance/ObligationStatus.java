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
    /**
     * A recommended rule (strength RECOMMENDED, e.g. "ưu tiên" domestic products) that is not followed
     * (Chưa thực hiện khuyến nghị): never a violation, counted apart.
     */
    NOT_FOLLOWED,
    /** Done within its period but after the last day on time (Nộp muộn / Done late): counts as done, not as on time. */
    LATE,
    WAIVED,
    MET,
    NOT_APPLICABLE;

    /** Whether the subject still has something to do. */
    public boolean open() {
        return this == OVERDUE || this == VIOLATED || this == DUE_SOON || this == DUE;
    }

    /** Whether it was done, on time or not ("is there a report?"). */
    public boolean done() {
        return this == MET || this == WAIVED || this == LATE;
    }

    /** The statuses in this order as a SQL array, for {@code array_position} in ORDER BY. */
    public static String sqlOrder() {
        return vn.khien.shared.EnumSql.array(values());
    }
}
