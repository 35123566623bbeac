package vn.khien.scoring;

/** How a criterion gets its points: computed from Khiên's own data, or answered by the agency. */
public enum ScoringMethod {
    AUTOMATIC,
    SELF_ASSESSED
}
