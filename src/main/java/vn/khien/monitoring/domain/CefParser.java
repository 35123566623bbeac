package vn.khien.monitoring.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import vn.khien.monitoring.AlertSeverity;

/**
 * ArcSight Common Event Format: {@code CEF:Version|Vendor|Product|Version|Signature|Name|Severity|Extension}.
 * Header fields escape a pipe or a backslash with a backslash; extension values escape an equals sign
 * or a backslash the same way, and write a new line as backslash-n. Anything before {@code CEF:} (a
 * syslog header) is skipped.
 */
public final class CefParser implements AlertParser {

    private static final int HEADER_FIELDS = 7;

    @Override
    public ParseOutcome parse(String line) {
        return parse(line, null, null);
    }

    /** {@code sensor} and {@code time} come from a syslog header around the CEF message, if any. */
    ParseOutcome parse(String line, String sensor, Instant time) {
        int start = line == null ? -1 : line.indexOf("CEF:");
        if (start < 0) {
            return ParseOutcome.malformed("no CEF: header");
        }
        String[] header = new String[HEADER_FIELDS];
        int i = start + 4;
        StringBuilder field = new StringBuilder();
        int n = 0;
        for (; i < line.length() && n < HEADER_FIELDS; i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '|' || line.charAt(i + 1) == '\\')) {
                field.append(line.charAt(++i));
            } else if (c == '|') {
                header[n++] = field.toString().strip();
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (n < HEADER_FIELDS) {
            return ParseOutcome.malformed("CEF header has fewer than 7 fields");
        }
        // device version and signature id may be empty: F5 BIG-IP sends them so
        for (int h : new int[] {1, 2, 5, 6}) {
            if (header[h].isEmpty()) {
                return ParseOutcome.malformed("CEF header field " + (h + 1) + " is empty");
            }
        }
        Map<String, String> ext = extension(line.substring(i));
        Instant eventTime = time != null ? time : time(ext.get("rt"));
        String dhost = ext.get("dhost");
        return ParseOutcome.of(new NormalisedAlert(
                eventTime,
                first(sensor, ext.get("dvchost"), ext.get("dvc")),
                clip(header[1] + " " + header[2], 100),
                clip(header[4].isEmpty() ? header[5] : header[4], 200),
                clip(header[5], 500),
                severity(header[6]),
                IpAddresses.normalise(ext.get("src")),
                port(ext.get("spt")),
                IpAddresses.normalise(ext.get("dst")),
                port(ext.get("dpt")),
                clip(ext.get("proto"), 40),
                clip(first(dhost, ext.get("dvchost"), ext.get("shost")), 255),
                clip(first(ext.get("duser"), ext.get("suser")), 200),
                clip(first(ext.get("requestHost"), dhost), 255),
                line));
    }

    /** Key=value pairs; a value runs to the last space before the next unescaped {@code =}. */
    static Map<String, String> extension(String text) {
        Map<String, String> values = new HashMap<>();
        StringBuilder value = new StringBuilder();
        String key = null;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                value.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else if (c == '=') {
                String candidate = lastSpace < 0 ? value.toString() : value.substring(lastSpace + 1);
                if (key != null && lastSpace < 0) {
                    value.append(c); // a bare '=' inside a value with no space before it
                    continue;
                }
                if (key != null) {
                    values.put(key, value.substring(0, lastSpace).strip());
                }
                key = candidate.strip();
                value.setLength(0);
                lastSpace = -1;
            } else {
                if (c == ' ') {
                    lastSpace = value.length();
                }
                value.append(c);
            }
        }
        if (key != null) {
            values.put(key, value.toString().strip());
        }
        return values;
    }

    /** CEF severity 0–10 (or its words): 0–3 low, 4–6 medium, 7–8 high, 9–10 critical. */
    static AlertSeverity severity(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "medium" -> AlertSeverity.MEDIUM;
            case "high" -> AlertSeverity.HIGH;
            case "very-high", "very high", "critical" -> AlertSeverity.CRITICAL;
            default -> {
                Integer level = number(text);
                if (level == null || level < 4) {
                    yield AlertSeverity.LOW;
                }
                yield level < 7 ? AlertSeverity.MEDIUM : level < 9 ? AlertSeverity.HIGH : AlertSeverity.CRITICAL;
            }
        };
    }

    private static Instant time(String rt) {
        return rt == null ? null : EventTimes.parse(rt);
    }

    private static Integer port(String text) {
        Integer port = number(text);
        return port != null && port >= 0 && port <= 65535 ? port : null;
    }

    static Integer number(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return null;
            }
        }
        return Integer.parseInt(text);
    }

    static String clip(String text, int max) {
        return text == null || text.isBlank() ? null : text.length() > max ? text.substring(0, max) : text;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
