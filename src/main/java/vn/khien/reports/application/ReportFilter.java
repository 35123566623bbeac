package vn.khien.reports.application;

import vn.khien.agencies.AgencyKind;
import vn.khien.reports.ReportKind;
import vn.khien.reports.ReportStatus;

/** Filters of the report lists; each may be null. */
public record ReportFilter(ReportKind kind, String agency, Integer year, ReportStatus status, AgencyKind agencyKind) {}
