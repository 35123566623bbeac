package vn.khien.sharing;

/**
 * The stages at which an incident is shared (Circular 20/2017: the initial notice, the report during the
 * response, the closure): a grouping for the first two, a published report for the last.
 */
public enum ReportingStage {
    INITIAL_NOTICE,
    REPORT,
    CLOSURE
}
