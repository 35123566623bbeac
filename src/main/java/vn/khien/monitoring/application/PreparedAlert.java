package vn.khien.monitoring.application;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.khien.monitoring.ThreatIndicators;
import vn.khien.monitoring.domain.NormalisedAlert;

/**
 * An alert ready to store: its partition day, its hash (a resend is a duplicate), the roll-up it joins
 * (fingerprint and window) and the system it concerns, if known. A tool's clock far off (or a replay of
 * old logs) (its own time stays in the raw event) is filed and rolled up at the time it was received.
 * {@code hits} are the threat indicators it matched (its severity is already raised for them).
 */
record PreparedAlert(
        NormalisedAlert alert,
        SystemTarget target,
        Instant eventTime,
        LocalDate day,
        UUID eventHash,
        UUID fingerprint,
        Instant windowStart,
        List<ThreatIndicators.Hit> hits) {

    static PreparedAlert of(
            NormalisedAlert alert,
            SystemTarget target,
            String organisation,
            Instant received,
            Duration window,
            int retentionDays,
            List<ThreatIndicators.Hit> hits) {
        Instant event = alert.eventTime();
        boolean plausible = event != null
                && event.isAfter(received.minus(Duration.ofDays(retentionDays)))
                && event.isBefore(received.plus(Duration.ofDays(1)));
        Instant seen = plausible ? event : received;
        LocalDate day = seen.atOffset(ZoneOffset.UTC).toLocalDate();
        UUID hash = UUID.nameUUIDFromBytes((organisation + '\n' + alert.raw()).getBytes(StandardCharsets.UTF_8));
        String key = String.join(
                "\u0001",
                organisation,
                alert.tool(),
                alert.ruleId(),
                String.valueOf(alert.srcIp()),
                String.valueOf(alert.dstIp()),
                target == null ? "" : target.systemCode());
        UUID fingerprint = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
        long w = window.toMillis();
        Instant windowStart = Instant.ofEpochMilli(Math.floorDiv(seen.toEpochMilli(), w) * w);
        return new PreparedAlert(alert, target, seen, day, hash, fingerprint, windowStart, List.copyOf(hits));
    }
}
