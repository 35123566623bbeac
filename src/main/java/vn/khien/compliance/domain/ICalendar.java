package vn.khien.compliance.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.khien.shared.ProvinceZone;

/**
 * A small RFC 5545 writer for all-day deadlines: TEXT values escaped (§3.3.11), content lines folded
 * at 75 octets without splitting a UTF-8 sequence (§3.1), CRLF line ends. Enough for mail clients to
 * subscribe; no library on the allowed list does it.
 */
public final class ICalendar {

    /** One all-day event. */
    public record Event(String uid, LocalDate day, String summary, String description, String url) {}

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {}

    public static String write(String calendarName, Instant stamp, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Khien//Compliance calendar//VI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        line(out, "X-WR-TIMEZONE:" + ProvinceZone.get().getId());
        String dtstamp = STAMP.format(stamp);
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escape(event.uid()));
            line(out, "DTSTAMP:" + dtstamp);
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.day()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(event.day().plusDays(1)));
            line(out, "SUMMARY:" + escape(event.summary()));
            line(out, "DESCRIPTION:" + escape(event.description()));
            if (event.url() != null) {
                line(out, "URL:" + event.url());
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void line(StringBuilder out, String contentLine) {
        out.append(fold(contentLine)).append(CRLF);
    }

    /**
     * Backslash, semicolon, comma and line breaks escaped; other control characters (not allowed in
     * TEXT) dropped. CR LF and a lone CR count as one line break.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length() + 16);
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The reverse of {@link #escape}, as a client reads a TEXT value. */
    public static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Splits a content line into lines of at most 75 octets, each continuation starting with one
     * space (which counts), breaking only between code points.
     */
    public static String fold(String contentLine) {
        StringBuilder out = new StringBuilder(contentLine.length() + 8);
        int octets = 0;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    /** The reverse of {@link #fold}: a line break followed by a space or tab joins the lines. */
    public static String unfold(String text) {
        return text.replace("\r\n ", "").replace("\r\n\t", "");
    }
}
