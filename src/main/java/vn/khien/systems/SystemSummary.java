package vn.khien.systems;

/** What other modules need to know about an information system. */
public record SystemSummary(String code, String name, String ownerCode, Integer approvedLevel, SystemStatus status) {}
