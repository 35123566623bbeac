package vn.khien.reports;

/**
 * Where a version of a report stands: drafted and edited, approved by the head, submitted (frozen), or
 * returned by the coordinator with comments (frozen too: the correction is a new version).
 */
public enum ReportStatus {
    DRAFT,
    APPROVED,
    SUBMITTED,
    RETURNED;

    /** Nothing of a submitted or returned version changes any more. */
    public boolean frozen() {
        return this == SUBMITTED || this == RETURNED;
    }
}
