package vn.khien.reports.domain;

import java.time.LocalDate;
import vn.khien.reports.ReportKind;

/**
 * What a report covers and when it is due (Công văn 5620/UBND-CT, Mục 1 ý 5 and Mục 2 ý 6–7): the agency
 * reports before 5 December, the coordinator before 14 December (levels 3–4) and before 14 June and 14
 * December (level 5). "Before" the day means the day before is the last on time.
 */
public record ReportPeriod(ReportKind kind, int year, Integer half) {

    public ReportPeriod {
        if ((kind == ReportKind.PROVINCIAL_LEVEL5_HALF_YEAR) != (half != null)) {
            throw new IllegalArgumentException("half is given for the level 5 half-year report only");
        }
        if (half != null && half != 1 && half != 2) {
            throw new IllegalArgumentException("half is 1 or 2");
        }
    }

    /** The day the report is due before ("trước ngày"). */
    public LocalDate dueBefore() {
        return switch (kind) {
            case AGENCY_ANNUAL -> LocalDate.of(year, 12, 5);
            case PROVINCIAL_ANNUAL -> LocalDate.of(year, 12, 14);
            case PROVINCIAL_LEVEL5_HALF_YEAR -> half == 1 ? LocalDate.of(year, 6, 14) : LocalDate.of(year, 12, 14);
        };
    }

    /** The last day a submission is on time. */
    public LocalDate lastDayOnTime() {
        return dueBefore().minusDays(1);
    }

    public boolean lateOn(LocalDate submittedOn) {
        return submittedOn.isAfter(lastDayOnTime());
    }

    /** The first day the period's data covers: 1 January, or 1 July for the second half-year. */
    public LocalDate from() {
        return half != null && half == 2 ? LocalDate.of(year, 7, 1) : LocalDate.of(year, 1, 1);
    }

    /**
     * The default cut-off date of a new draft: today, but never past the period's end (and never in the
     * future, for a report opened ahead of its year).
     */
    public LocalDate defaultCutOff(LocalDate today) {
        LocalDate end = half != null && half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        return today.isAfter(end) ? end : today;
    }

    /**
     * The business reference, as the audit trail shows it: {@code agency-annual/H57.02/2026},
     * {@code provincial-level5-half-year/H57.08/2026-2}.
     */
    public String reference(String agencyCode) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "/" + agencyCode + "/" + year
                + (half == null ? "" : "-" + half);
    }
}
