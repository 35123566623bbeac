package vn.khien.monitoring.domain;

import java.time.Instant;

/** The RFC 5424 part of {@link SyslogParser}: header fields and STRUCTURED-DATA checked, MSG kept. */
final class Rfc5424 {

    private Rfc5424() {}

    static ParseOutcome parse(Cursor at, int pri, String line, SyslogParser parser) {
        String timestamp = at.field();
        Instant time = null;
        if (!timestamp.equals("-")) {
            int dot = timestamp.indexOf('.');
            int fractionEnd = dot < 0 ? -1 : firstNonDigit(timestamp, dot + 1);
            if (dot >= 0 && fractionEnd - dot - 1 > 6) {
                return ParseOutcome.malformed("TIME-SECFRAC longer than 6 digits");
            }
            time = EventTimes.parse(timestamp);
            if (time == null) {
                return ParseOutcome.malformed("invalid TIMESTAMP");
            }
        }
        String host = at.field();
        String app = at.field();
        at.field(); // PROCID
        at.field(); // MSGID
        if (host.isEmpty() || app.isEmpty() || host.length() > 255 || app.length() > 48) {
            return ParseOutcome.malformed("invalid RFC 5424 header");
        }
        if (at.startsWith("-")) {
            at.pos++;
        } else if (!structuredData(at)) {
            return ParseOutcome.malformed("invalid STRUCTURED-DATA");
        }
        String message = at.rest().strip();
        if (message.startsWith("BOM")) {
            message = message.substring(3); // the RFC's examples write the byte order mark as text
        }
        if (message.isEmpty() && line.indexOf('[') < 0) {
            message = "-";
        }
        String h = host.equals("-") ? null : host;
        return parser.build(pri, time, h, app.equals("-") ? "syslog" : app, message.isEmpty() ? "-" : message, line);
    }

    /** One or more {@code [id name="value" ...]}; a quote, a backslash or a closing bracket in a value is escaped by a backslash. */
    private static boolean structuredData(Cursor at) {
        String s = at.text;
        if (!at.startsWith("[")) {
            return false;
        }
        while (at.startsWith("[")) {
            at.pos++;
            if (name(at) == 0) {
                return false;
            }
            while (at.peek() == ' ') {
                at.skipSpaces();
                if (name(at) == 0 || at.peek() != '=') {
                    return false;
                }
                at.pos++;
                at.skipSpaces();
                if (at.peek() != '"') {
                    return false;
                }
                at.pos++;
                while (at.pos < s.length() && s.charAt(at.pos) != '"') {
                    at.pos += s.charAt(at.pos) == '\\' ? 2 : 1;
                }
                if (at.pos >= s.length()) {
                    return false;
                }
                at.pos++;
            }
            if (at.peek() != ']') {
                return false;
            }
            at.pos++;
        }
        return true;
    }

    private static int name(Cursor at) {
        int start = at.pos;
        while (at.pos < at.text.length() && " =]\"".indexOf(at.text.charAt(at.pos)) < 0 && at.pos - start < 32) {
            at.pos++;
        }
        return at.pos - start;
    }

    private static int firstNonDigit(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
