package vn.khien.scoring.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates inside messages are shown as the house shows every date: dd/MM/yyyy. */
final class Dates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {}

    static String shown(LocalDate day) {
        return day.format(SHOWN);
    }
}
