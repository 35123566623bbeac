package vn.khien.reports.application;

import vn.khien.reports.ReportKind;

/** Opening the draft of a report: the agency's for a year, or the coordinator's for a year (and half). */
public record NewReport(ReportKind kind, String agencyCode, Integer year, Integer half) {}
