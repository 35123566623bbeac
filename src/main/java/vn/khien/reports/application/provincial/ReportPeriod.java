package vn.khien.reports.application.provincial;

import java.time.LocalDate;
import java.util.Set;
import vn.khien.incidents.SummaryPeriod;
import vn.khien.reports.ReportKind;

/**
 * What a consolidated report covers: the levels and the days of its period (Official Letter 5620/UBND-CT,
 * implementing Directive 14/CT-TTg: levels 3–4 yearly to 14 December, level 5 half-yearly to 14 June and
 * 14 December; a period starts the day after the previous one ended), read as of the cut-off date.
 */
record ReportPeriod(ReportKind kind, int year, Integer half, LocalDate cutOff) {

    static final String ANNUAL_REPORT_RULE = "ct14.agency-annual-report";
    static final String LEVEL5_ASSESSMENT_RULE = "ct14.assessment-level-5";

    ReportPeriod {
        boolean annual = kind == ReportKind.PROVINCIAL_ANNUAL && half == null;
        boolean halfYear = kind == ReportKind.PROVINCIAL_LEVEL5_HALF_YEAR && half != null && (half == 1 || half == 2);
        if (!annual && !halfYear) {
            throw new IllegalArgumentException("not a provincial report: " + kind + " half " + half);
        }
    }

    boolean annual() {
        return kind == ReportKind.PROVINCIAL_ANNUAL;
    }

    Set<Integer> levels() {
        return annual() ? Set.of(3, 4) : Set.of(5);
    }

    Integer[] levelArray() {
        return levels().toArray(Integer[]::new);
    }

    LocalDate start() {
        return half != null && half == 2 ? LocalDate.of(year, 6, 15) : LocalDate.of(year - 1, 12, 15);
    }

    LocalDate end() {
        return half != null && half == 1 ? LocalDate.of(year, 6, 14) : LocalDate.of(year, 12, 14);
    }

    /** The last day the report counts: the period's end, or the cut-off when it comes first. */
    LocalDate until() {
        return cutOff.isBefore(end()) ? cutOff : end();
    }

    SummaryPeriod incidents() {
        SummaryPeriod period = annual()
                ? SummaryPeriod.year(year)
                : half == 1 ? SummaryPeriod.firstHalf(year) : SummaryPeriod.secondHalf(year);
        return period.until(cutOff);
    }

    /** "năm 2026" or "6 tháng đầu năm 2026". */
    String name() {
        return annual() ? "năm " + year : (half == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
    }

    String levelsText() {
        return annual() ? "cấp độ 3, cấp độ 4" : "cấp độ 5";
    }

    /** Whether the agencies' annual reports fall in this period: a year, or its second half. */
    boolean agencyReportsDue() {
        return annual() || half == 2;
    }
}
