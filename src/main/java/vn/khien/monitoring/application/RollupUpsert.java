package vn.khien.monitoring.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.khien.monitoring.domain.NormalisedAlert;

/**
 * The roll-ups of a batch's new alerts, counted in memory and written by one set-based upsert. Rows go
 * in key order so that two batches meeting on the same roll-ups take their locks in the same order.
 */
final class RollupUpsert {

    private static final String UPSERT = """
            INSERT INTO monitoring.alert_rollup AS r (fingerprint, window_start, organisation_code, tool, rule_id,
                   rule_name, severity, src_ip, dst_ip, hostname, system_code, owner_code, system_level,
                   alert_count, first_seen, last_seen)
            SELECT f, timestamptz 'epoch' + w * interval '1 microsecond', o, t, ru, rn, s, CAST(si AS inet),
                   CAST(di AS inet), h, sc, oc, l, n, timestamptz 'epoch' + fs * interval '1 microsecond',
                   timestamptz 'epoch' + ls * interval '1 microsecond'
              FROM unnest(CAST(? AS uuid[]), CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]),
                          CAST(? AS text[]), CAST(? AS text[]), CAST(? AS smallint[]), CAST(? AS text[]),
                          CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                          CAST(? AS smallint[]), CAST(? AS bigint[]), CAST(? AS bigint[]),
                          CAST(? AS bigint[])) AS x(f, w, o, t, ru, rn, s, si, di, h, sc, oc, l, n, fs, ls)
            ON CONFLICT (fingerprint, window_start) DO UPDATE
               SET alert_count = r.alert_count + EXCLUDED.alert_count,
                   severity = greatest(r.severity, EXCLUDED.severity),
                   first_seen = least(r.first_seen, EXCLUDED.first_seen),
                   last_seen = greatest(r.last_seen, EXCLUDED.last_seen)""";

    private RollupUpsert() {}

    private record Key(UUID fingerprint, Instant windowStart) {}

    private static final class Rollup {
        final PreparedAlert first;
        int severity;
        long count;
        Instant firstSeen;
        Instant lastSeen;

        Rollup(PreparedAlert first) {
            this.first = first;
            this.firstSeen = first.eventTime();
            this.lastSeen = first.eventTime();
        }

        void add(PreparedAlert alert) {
            count++;
            severity = Math.max(severity, alert.alert().severity().rank());
            firstSeen = alert.eventTime().isBefore(firstSeen) ? alert.eventTime() : firstSeen;
            lastSeen = alert.eventTime().isAfter(lastSeen) ? alert.eventTime() : lastSeen;
        }
    }

    static void upsert(Connection connection, List<PreparedAlert> alerts, String organisation) throws SQLException {
        Map<Key, Rollup> rollups = new HashMap<>();
        for (PreparedAlert alert : alerts) {
            rollups.computeIfAbsent(new Key(alert.fingerprint(), alert.windowStart()), k -> new Rollup(alert))
                    .add(alert);
        }
        List<Map.Entry<Key, Rollup>> sorted = new ArrayList<>(rollups.entrySet());
        sorted.sort(
                Map.Entry.comparingByKey(Comparator.comparing(Key::fingerprint).thenComparing(Key::windowStart)));
        int n = sorted.size();
        String[][] columns = new String[16][n];
        for (int i = 0; i < n; i++) {
            Rollup r = sorted.get(i).getValue();
            NormalisedAlert a = r.first.alert();
            SystemTarget t = r.first.target();
            Object[] row = {
                r.first.fingerprint(),
                micros(r.first.windowStart()),
                organisation,
                AlertRows.clip(a.tool(), 100),
                AlertRows.clip(a.ruleId(), 200),
                AlertRows.clip(a.ruleName(), 500),
                r.severity,
                a.srcIp(),
                a.dstIp(),
                AlertRows.clip(a.hostname(), 255),
                t == null ? null : t.systemCode(),
                t == null ? null : t.ownerCode(),
                t == null ? null : t.approvedLevel(),
                r.count,
                micros(r.firstSeen),
                micros(r.lastSeen)
            };
            for (int c = 0; c < row.length; c++) {
                columns[c][i] = row[c] == null ? null : row[c].toString();
            }
        }
        // every column goes as text[] and is cast in SQL; times as microseconds since 1970, which cost
        // neither side a date format (and do not depend on the JVM's time zone)
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (int c = 0; c < columns.length; c++) {
                upsert.setArray(c + 1, connection.createArrayOf("text", columns[c]));
            }
            upsert.executeUpdate();
        }
    }

    private static long micros(Instant instant) {
        return Math.multiplyExact(instant.getEpochSecond(), 1_000_000L) + instant.getNano() / 1000;
    }
}
