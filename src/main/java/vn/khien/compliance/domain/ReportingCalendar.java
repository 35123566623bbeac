package vn.khien.compliance.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;

/**
 * Periods cut at fixed days of the year. Vietnamese periodic reports cut data at 14 December (the year
 * runs 15 December–14 December) and, half-yearly, at 14 June; a period's obligation falls due on the
 * first due day on or after the period's start (5 December for the agencies' yearly report).
 */
public record ReportingCalendar(List<Cut> cuts) {

    /** A period ends on {@code end}; what is owed for it is due on {@code due}. */
    public record Cut(MonthDay end, MonthDay due) {}

    public ReportingCalendar {
        if (cuts.isEmpty()) {
            throw new IllegalArgumentException("a reporting calendar needs at least one period end");
        }
        cuts = cuts.stream().sorted(Comparator.comparing(Cut::end)).toList();
    }

    /** The period that contains the day. */
    public Period periodContaining(LocalDate day) {
        for (int year = day.getYear(); ; year++) {
            for (int i = 0; i < cuts.size(); i++) {
                LocalDate end = cuts.get(i).end().atYear(year);
                if (!end.isBefore(day)) {
                    return period(year, i);
                }
            }
        }
    }

    /** The period just before the one that contains the day. */
    public Period periodBefore(LocalDate day) {
        return periodContaining(periodContaining(day).start().minusDays(1));
    }

    private Period period(int year, int index) {
        LocalDate end = cuts.get(index).end().atYear(year);
        LocalDate previousEnd = index == 0
                ? cuts.get(cuts.size() - 1).end().atYear(year - 1)
                : cuts.get(index - 1).end().atYear(year);
        LocalDate start = previousEnd.plusDays(1);
        LocalDate due = cuts.get(index).due().atYear(start.getYear());
        if (due.isBefore(start)) {
            due = cuts.get(index).due().atYear(start.getYear() + 1);
        }
        return new Period(start, end, due);
    }
}
