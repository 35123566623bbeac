package vn.khien.systems.domain;

import java.time.LocalDate;

/** The decision approving a level: its number, date and the approving authority's agency code. */
public record LevelDecision(String number, LocalDate date, String approverCode) {}
