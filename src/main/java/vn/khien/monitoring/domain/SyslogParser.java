package vn.khien.monitoring.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import vn.khien.monitoring.AlertSeverity;
import vn.khien.shared.ProvinceZone;

/**
 * Syslog lines: RFC 5424 ({@code <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG}) and the BSD format of
 * RFC 3164 ({@code <PRI>Mmm dd hh:mm:ss HOST TAG: MSG}) with the common deviations (upper-case month,
 * a year, an RFC 3339 time). A message carrying {@code CEF:} is read as CEF. A line needs a PRI, a
 * time, a host and a message; BSD times have no year or zone, so the year is the one that puts the
 * time nearest before now, in the province's zone.
 */
public final class SyslogParser implements AlertParser {

    private final CefParser cef = new CefParser();
    private final Clock clock;

    /** {@code clock}: now and the province's zone, for BSD times that carry neither year nor zone. */
    public SyslogParser(Clock clock) {
        this.clock = clock;
    }

    /** With the system clock in the province's zone (for tests and tools without a Spring context). */
    public SyslogParser() {
        this(Clock.system(ProvinceZone.get()));
    }

    @Override
    public ParseOutcome parse(String line) {
        if (line == null || !line.startsWith("<")) {
            return ParseOutcome.malformed("no <PRI>");
        }
        int close = line.indexOf('>');
        Integer pri = close > 1 && close <= 4 ? CefParser.number(line.substring(1, close)) : null;
        if (pri == null || pri > 191) {
            return ParseOutcome.malformed("invalid <PRI>");
        }
        Cursor at = new Cursor(line, close + 1);
        if (at.startsWith("1 ")) {
            at.pos += 2;
            return Rfc5424.parse(at, pri, line, this);
        }
        return bsd(at, pri, line);
    }

    private ParseOutcome bsd(Cursor at, int pri, String line) {
        at.skipSpaces();
        Instant time;
        if (at.pos + 4 < line.length() && Character.isDigit(at.peek()) && line.charAt(at.pos + 4) == '-') {
            time = EventTimes.parse(at.token());
        } else {
            time = bsdTime(at);
        }
        if (time == null) {
            return ParseOutcome.malformed("no valid timestamp");
        }
        at.skipSpaces();
        String host = at.token();
        if (host.isEmpty()
                || (host.chars().allMatch(c -> c == '.' || Character.isDigit(c))
                        && IpAddresses.normalise(host) == null)) {
            return ParseOutcome.malformed("no valid host name");
        }
        String message = at.rest().strip();
        if (message.isEmpty()) {
            return ParseOutcome.malformed("empty message");
        }
        int tagEnd = 0;
        while (tagEnd < message.length() && tagEnd < 48 && " :[".indexOf(message.charAt(tagEnd)) < 0) {
            tagEnd++;
        }
        String tag = tagEnd == 0 ? "syslog" : message.substring(0, tagEnd);
        return build(pri, time, host, tag, message, line);
    }

    ParseOutcome build(int pri, Instant time, String host, String tag, String message, String line) {
        if (message.contains("CEF:")) {
            ParseOutcome inner = cef.parse(message, host, time);
            return inner.ok()
                    ? ParseOutcome.of(copyWithRaw(inner.alert(), line))
                    : ParseOutcome.malformed(inner.reason());
        }
        String hostIp = IpAddresses.normalise(host);
        return ParseOutcome.of(new NormalisedAlert(
                time,
                host,
                "syslog",
                CefParser.clip(tag, 200),
                CefParser.clip(message, 500),
                severity(pri & 7),
                null,
                null,
                hostIp,
                null,
                null,
                hostIp == null ? host : null,
                null,
                null,
                line));
    }

    private static NormalisedAlert copyWithRaw(NormalisedAlert a, String raw) {
        return new NormalisedAlert(
                a.eventTime(),
                a.sensor(),
                a.tool(),
                a.ruleId(),
                a.ruleName(),
                a.severity(),
                a.srcIp(),
                a.srcPort(),
                a.dstIp(),
                a.dstPort(),
                a.protocol(),
                a.hostname(),
                a.user(),
                a.domain(),
                raw);
    }

    /** Syslog severity 0–2 (emergency, alert, critical) → critical, 3 error → high, 4 warning → medium. */
    static AlertSeverity severity(int level) {
        return level <= 2
                ? AlertSeverity.CRITICAL
                : level == 3 ? AlertSeverity.HIGH : level == 4 ? AlertSeverity.MEDIUM : AlertSeverity.LOW;
    }

    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    /** {@code Mmm dd [yyyy] hh:mm:ss[:]} and {@code Mmm dd hh:mm:ss yyyy}. */
    private Instant bsdTime(Cursor at) {
        String month = at.token().toLowerCase(java.util.Locale.ROOT);
        int m = month.length() == 3 ? MONTHS.indexOf(month) : -1;
        if (m < 0 || m % 3 != 0) {
            return null;
        }
        at.skipSpaces();
        Integer day = CefParser.number(at.token());
        at.skipSpaces();
        String next = at.token();
        Integer year = null;
        if (next.length() == 4 && CefParser.number(next) != null) {
            year = Integer.parseInt(next);
            at.skipSpaces();
            next = at.token();
        }
        if (next.endsWith(":")) {
            next = next.substring(0, next.length() - 1);
        }
        if (day == null
                || day < 1
                || day > 31
                || next.length() != 8
                || next.charAt(2) != ':'
                || next.charAt(5) != ':') {
            return null;
        }
        Integer h = CefParser.number(next.substring(0, 2));
        Integer min = CefParser.number(next.substring(3, 5));
        Integer s = CefParser.number(next.substring(6, 8));
        if (h == null || min == null || s == null || h > 23 || min > 59 || s > 60) {
            return null;
        }
        int save = at.pos;
        at.skipSpaces();
        String after = at.token();
        if (year == null && after.length() == 4 && CefParser.number(after) != null && at.pos < at.text.length()) {
            year = Integer.parseInt(after);
        } else {
            at.pos = save;
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        try {
            LocalDateTime local =
                    LocalDateTime.of(year == null ? now.getYear() : year, m / 3 + 1, day, h, min, Math.min(s, 59));
            ZonedDateTime zoned = local.atZone(clock.getZone());
            if (year == null && zoned.isAfter(now.plusDays(1))) {
                zoned = zoned.minusYears(1);
            }
            return zoned.toInstant();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
