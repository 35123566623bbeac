package vn.khien.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A day as the house shows every date, dd/MM/yyyy (pages, messages, mail, documents). */
public final class ShownDate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ShownDate() {}

    /** The day written dd/MM/yyyy; empty for none. */
    public static String of(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
