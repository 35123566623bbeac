package vn.khien.registers;

import java.time.LocalDate;

/** A child-online-protection measure as typed: what, for whom, since when, and a document reference. */
public record TelecomMeasureData(String agencyCode, String measure, String scope, LocalDate since, String evidence) {}
