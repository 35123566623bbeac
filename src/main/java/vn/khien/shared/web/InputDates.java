package vn.khien.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * The only ways a date is written into Khiên: ISO {@code yyyy-MM-dd} (the API, and the HTML date input)
 * or {@code dd/MM/yyyy} as Vietnamese users type it (forms). The year has exactly four digits: the ISO
 * parser's signed years ({@code +999999999-12-31}) and Jackson's epoch days ({@code -1}) stored dates
 * PostgreSQL cannot hold (a 500) or that no one meant (31/12/1969).
 */
public final class InputDates {

    static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter VIETNAMESE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NEVER)
            .appendLiteral('/')
            .appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, java.time.format.SignStyle.NEVER)
            .appendLiteral('/')
            .appendValue(ChronoField.YEAR, 4)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private InputDates() {}

    /** ISO only, as the API promises; null for blank text. */
    public static LocalDate iso(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), ISO);
    }

    /** ISO or dd/MM/yyyy, as forms send; null for blank text. */
    public static LocalDate isoOrVietnamese(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String date = text.strip();
        try {
            return LocalDate.parse(date, ISO);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(date, VIETNAMESE);
        }
    }
}
