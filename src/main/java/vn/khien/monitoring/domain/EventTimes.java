package vn.khien.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
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
        String stripped = text.strip();
        Instant common = commonShape(stripped);
        return common != null ? common : withFormatter(stripped);
    }

    /** Every shape {@link #ISO} reads; slow (a tenth of the intake's parsing time went here). */
    static Instant withFormatter(String text) {
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T'), ISO).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The shape nearly every tool writes, {@code 2026-11-25T08:00:00.123456+07:00} (or {@code +0700},
     * {@code Z}), read digit by digit; null for anything else, which the formatter then reads.
     */
    static Instant commonShape(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        char t = s.charAt(10);
        if (t != 'T' && t != 't' && t != ' ') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > 31
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                nanos = nanos * 10 + (s.charAt(i++) - '0');
            }
            if (i == start) {
                return null;
            }
            for (int scale = i - start; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        Integer offset = offsetSeconds(s, i);
        if (offset == null || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        long seconds = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds - offset, nanos);
    }

    /** {@code Z}, {@code +HH:MM} or {@code +HHMM} ending the text at {@code i}, in seconds; else null. */
    private static Integer offsetSeconds(String s, int i) {
        int rest = s.length() - i;
        if (rest == 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
            return 0;
        }
        if ((rest != 6 && rest != 5) || (s.charAt(i) != '+' && s.charAt(i) != '-')) {
            return null;
        }
        int hours = digits(s, i + 1, 2);
        if (rest == 6 && s.charAt(i + 3) != ':') {
            return null;
        }
        int minutes = digits(s, i + (rest == 6 ? 4 : 3), 2);
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59 || (hours == 18 && minutes > 0)) {
            return null;
        }
        int seconds = hours * 3600 + minutes * 60;
        return s.charAt(i) == '-' ? -seconds : seconds;
    }

    /** The ASCII digits at {@code from} as a number, or -1. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
