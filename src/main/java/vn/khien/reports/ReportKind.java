package vn.khien.reports;

/** The reports of the chain that Khiên drafts, each owed by one actor on the province's calendar. */
public enum ReportKind {
    /** The agency's annual report on its assessment results to the coordinator (before 5 December). */
    AGENCY_ANNUAL,
    /** The coordinator's consolidated annual report to the ministry on level 3–4 systems (before 14 December). */
    PROVINCIAL_ANNUAL,
    /** The coordinator's half-yearly report to the ministry on level 5 systems (before 14 June and 14 December). */
    PROVINCIAL_LEVEL5_HALF_YEAR
}
