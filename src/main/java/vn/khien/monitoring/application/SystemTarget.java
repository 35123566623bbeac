package vn.khien.monitoring.application;

import java.util.Set;

/** The system an alert concerns, with who may send alerts about it. */
public record SystemTarget(String systemCode, String ownerCode, Integer approvedLevel, Set<String> servedBy) {}
