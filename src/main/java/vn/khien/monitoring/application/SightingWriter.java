package vn.khien.monitoring.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.khien.monitoring.ThreatIndicators;

/**
 * The sightings of a batch's new alerts (an alert and an indicator it matched), written by one
 * set-based insert in the batch's transaction: a sighting exists exactly when its alert does.
 */
final class SightingWriter {

    private static final String INSERT = """
            INSERT INTO monitoring.indicator_sighting (day, event_hash, fingerprint, window_start, indicator_id,
                   indicator_label, indicator_tlp, observable, seen_at, organisation_code, owner_code, system_code,
                   severity, rule_name)
            SELECT CAST(d AS date), CAST(h AS uuid), CAST(f AS uuid),
                   timestamptz 'epoch' + CAST(w AS bigint) * interval '1 microsecond', i, l, t, o,
                   CAST(? AS timestamptz), ?, oc, sc, CAST(s AS smallint), r
              FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                          CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                          CAST(? AS text[]), CAST(? AS text[])) AS x(d, h, f, w, i, l, t, o, oc, sc, s, r)""";

    private SightingWriter() {}

    static void insert(Connection connection, List<PreparedAlert> fresh, AlertWriter.Batch batch) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        for (PreparedAlert p : fresh) {
            for (ThreatIndicators.Hit hit : p.hits()) {
                SystemTarget t = p.target();
                rows.add(new String[] {
                    p.day().toString(),
                    p.eventHash().toString(),
                    p.fingerprint().toString(),
                    Long.toString(micros(p.windowStart())),
                    AlertRows.clip(hit.indicatorId(), 200),
                    AlertRows.clip(hit.label(), 500),
                    hit.tlp(),
                    AlertRows.clip(hit.observable(), 500),
                    t == null ? null : t.ownerCode(),
                    t == null ? null : t.systemCode(),
                    Integer.toString(p.alert().severity().rank()),
                    AlertRows.clip(p.alert().ruleName(), 500)
                });
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            // the two shared values come first in the text (the SELECT list), then the twelve columns
            insert.setObject(1, java.time.OffsetDateTime.ofInstant(batch.receivedAt(), java.time.ZoneOffset.UTC));
            insert.setString(2, batch.organisation());
            for (int c = 0; c < 12; c++) {
                String[] column = new String[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    column[r] = rows.get(r)[c];
                }
                insert.setArray(c + 3, connection.createArrayOf("text", column));
            }
            insert.executeUpdate();
        }
    }

    private static long micros(Instant instant) {
        return Math.multiplyExact(instant.getEpochSecond(), 1_000_000L) + instant.getNano() / 1000;
    }
}
