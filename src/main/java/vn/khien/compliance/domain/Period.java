package vn.khien.compliance.domain;

import java.time.LocalDate;

/** A reporting period (both ends included) and the day its obligation is due. */
public record Period(LocalDate start, LocalDate end, LocalDate due) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
