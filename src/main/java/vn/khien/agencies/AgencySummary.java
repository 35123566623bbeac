package vn.khien.agencies;

/** What other modules need to know about an agency. */
public record AgencySummary(String code, String name, AgencyKind kind, String parentCode) {}
