package vn.khien.compliance.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.khien.compliance.application.CalendarQueries.Day;

/** A month as weeks from Monday to Sunday, as Vietnamese calendars print it; days outside are blank. */
public record MonthGrid(YearMonth month, List<List<Cell>> weeks) {

    /** One square of the grid; {@code day} is null for the padding before and after the month. */
    public record Cell(LocalDate date, Day deadlines, boolean today) {

        public boolean blank() {
            return date == null;
        }
    }

    static MonthGrid of(YearMonth month, List<Day> days, LocalDate today) {
        Map<LocalDate, Day> byDate = days.stream().collect(Collectors.toMap(Day::date, Function.identity()));
        List<Cell> cells = new ArrayList<>();
        int leading = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < leading; i++) {
            cells.add(new Cell(null, null, false));
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            cells.add(new Cell(date, byDate.get(date), date.equals(today)));
        }
        while (cells.size() % 7 != 0) {
            cells.add(new Cell(null, null, false));
        }
        List<List<Cell>> weeks = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += 7) {
            weeks.add(cells.subList(i, i + 7));
        }
        return new MonthGrid(month, weeks);
    }
}
