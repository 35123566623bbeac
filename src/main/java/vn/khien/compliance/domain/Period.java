package vn.khien.compliance.domain;

import java.time.LocalDate;

/**
 * A reporting period (both ends included) and the last day its obligation is on time ({@code due}):
 * for a text that says "trước ngày X" (before X) that is X − 1.
 */
public record Period(LocalDate start, LocalDate end, LocalDate due) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Done on the day, is it on time? Done after the due day is late (status LATE). */
    public boolean onTime(LocalDate done) {
        return !done.isAfter(due);
    }
}
