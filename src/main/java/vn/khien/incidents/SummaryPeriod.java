package vn.khien.incidents;

import java.time.LocalDate;

/**
 * The days an incident summary (Form 05, Circular 20/2017) covers, cut where Vietnamese periodic reports
 * cut: the year from 15 December of the year before to 14 December, its first half to 14 June. The second
 * half (15 June – 14 December) is the year's summary without the first half's, for the level 5 reports.
 */
public record SummaryPeriod(LocalDate from, LocalDate to) {

    public static SummaryPeriod year(int year) {
        return new SummaryPeriod(LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 12, 14));
    }

    public static SummaryPeriod firstHalf(int year) {
        return new SummaryPeriod(LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 6, 14));
    }

    public static SummaryPeriod secondHalf(int year) {
        return new SummaryPeriod(LocalDate.of(year, 6, 15), LocalDate.of(year, 12, 14));
    }

    /** The same period ending on {@code day} at the latest (a report drafted before the period ends). */
    public SummaryPeriod until(LocalDate day) {
        return day.isBefore(to) ? new SummaryPeriod(from, day) : this;
    }
}
