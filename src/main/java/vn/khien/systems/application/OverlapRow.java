package vn.khien.systems.application;

/** Two address ranges of different systems that share addresses. */
public record OverlapRow(
        String firstSystemCode,
        String firstSystemName,
        String firstRange,
        String secondSystemCode,
        String secondSystemName,
        String secondRange) {}
