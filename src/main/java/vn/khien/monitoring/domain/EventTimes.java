package vn.khien.monitoring.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * The timestamps tools write: ISO-8601 with an offset written {@code +07:00}, {@code +0700} or
 * {@code Z}, with up to nine fraction digits; epoch seconds or milliseconds as numbers.
 */
final class EventTimes {

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter();

    private EventTimes() {}

    /** The instant, or null when the text is no timestamp we know (the received time is used then). */
    static Instant parse(String text) {
        if (text == null || text.length() < 19 || text.length() > 40) {
            return epoch(text);
        }
        try {
            return OffsetDateTime.parse(text.strip().replace(' ', 'T'), ISO).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant epoch(String text) {
        if (text == null || text.isEmpty() || text.length() > 13) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return null;
            }
        }
        long value = Long.parseLong(text);
        return text.length() > 10 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }
}
