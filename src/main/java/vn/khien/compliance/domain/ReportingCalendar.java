package vn.khien.compliance.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Periods cut at fixed days of the year. Vietnamese periodic reports cut data at 14 December (the year
 * runs 15 December–14 December) and, half-yearly, at 14 June. A period's obligation falls due on the
 * first due day on or after the period's start. One rule for every pack: where the text says "trước
 * ngày X" (before X) the cut is written {@code before} and the last day on time is X − 1 (the agencies'
 * report "trước ngày 5/12" is due on 4 December); a cut written {@code due} is due on that very day
 * ("chậm nhất ngày", "by").
 */
public record ReportingCalendar(List<Cut> cuts) {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    /**
     * A period ends on {@code end}; what is owed for it is due on {@code day}, or the day before it when
     * {@code before}.
     */
    public record Cut(MonthDay end, MonthDay day, boolean before) {

        /** Due on the day itself ("by 5 December"). */
        public Cut(MonthDay end, MonthDay due) {
            this(end, due, false);
        }

        /** Due before the day ("trước ngày 5/12"): the last day on time is the day before. */
        public static Cut before(MonthDay end, MonthDay legalDay) {
            return new Cut(end, legalDay, true);
        }

        LocalDate dueIn(int year) {
            LocalDate legal = day.atYear(year);
            return before ? legal.minusDays(1) : legal;
        }
    }

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

    /** The text's own words for the period's deadline: "trước ngày 05/12" / "before 05/12", or "by". */
    public String wording(Period period, Locale locale) {
        Cut cut = cutOf(period);
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String day = cut.day().atYear(2024).format(DAY_MONTH);
        if (cut.before()) {
            return (english ? "before " : "trước ngày ") + day;
        }
        return (english ? "by " : "chậm nhất ngày ") + day;
    }

    /** The day the text names when it says "trước ngày" ({@code 05/12}); empty for an inclusive due day. */
    public String legalDay(Period period) {
        Cut cut = cutOf(period);
        return cut.before() ? cut.day().atYear(2024).format(DAY_MONTH) : "";
    }

    private Cut cutOf(Period period) {
        return cuts.stream()
                .filter(c -> c.end().atYear(period.end().getYear()).equals(period.end()))
                .findFirst()
                .orElse(cuts.get(0));
    }

    private Period period(int year, int index) {
        LocalDate end = cuts.get(index).end().atYear(year);
        LocalDate previousEnd = index == 0
                ? cuts.get(cuts.size() - 1).end().atYear(year - 1)
                : cuts.get(index - 1).end().atYear(year);
        LocalDate start = previousEnd.plusDays(1);
        LocalDate due = cuts.get(index).dueIn(start.getYear());
        if (due.isBefore(start)) {
            due = cuts.get(index).dueIn(start.getYear() + 1);
        }
        return new Period(start, end, due);
    }
}
