package vn.khien.registers.application;

/** Filters of the telecom measure list: one operator, and words of the measure (accents ignored). */
public record TelecomMeasureFilter(String agencyCode, String text) {}
