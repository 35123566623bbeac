package vn.khien.reports.application;

import java.time.LocalDate;
import vn.khien.reports.ReportKind;

/**
 * Drafts the coordinator's consolidated report to the ministry from the province's data as of a cut-off
 * date: the annual one on level 3–4 systems ({@code half} is {@code null}) or the half-yearly one on level
 * 5 systems ({@code half} 1 for the half-year ending 14 June, 2 for the one ending 14 December).
 */
public interface ProvincialReportDrafter {

    ReportContent draft(ReportKind kind, int year, Integer half, LocalDate cutOff);
}
