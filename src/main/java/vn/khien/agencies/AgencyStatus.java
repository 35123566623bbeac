package vn.khien.agencies;

/** Whether an agency still exists; merged agencies name their successor (the 2025 mergers). */
public enum AgencyStatus {
    ACTIVE,
    MERGED,
    DISSOLVED
}
