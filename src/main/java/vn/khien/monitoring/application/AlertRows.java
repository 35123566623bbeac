package vn.khien.monitoring.application;

import java.sql.SQLException;
import vn.khien.monitoring.domain.NormalisedAlert;

/** One alert as a binary COPY row, in the order of {@link AlertWriter#COLUMNS}; texts clipped to their columns. */
final class AlertRows {

    private static final int FIELDS = 25;

    static final int RAW_LIMIT = 65_536;

    /** Appended to a cut raw event, so no one reads it as the whole event. */
    static final String TRUNCATED = "…[khien: raw event truncated, %d characters received]";

    private AlertRows() {}

    static void append(BinaryCopy out, PreparedAlert p, AlertWriter.Batch batch) throws SQLException {
        NormalisedAlert a = p.alert();
        SystemTarget t = p.target();
        out.row(FIELDS)
                .date(p.day())
                .uuid(p.eventHash())
                .timestamp(batch.receivedAt())
                .timestamp(p.eventTime())
                .text(batch.organisation())
                .bigint(batch.tokenId())
                .text(batch.format())
                .text(clip(a.sensor(), 255))
                .text(clip(a.tool(), 100))
                .text(clip(a.ruleId(), 200))
                .text(clip(a.ruleName(), 500))
                .smallint(a.severity().rank())
                .inet(a.srcIp())
                .integer(a.srcPort())
                .inet(a.dstIp())
                .integer(a.dstPort())
                .text(clip(a.protocol(), 40))
                .text(clip(a.hostname(), 255))
                .text(clip(a.user(), 200))
                .text(t == null ? null : t.systemCode())
                .text(t == null ? null : t.ownerCode())
                .smallint(t == null ? null : t.approvedLevel())
                .uuid(p.fingerprint())
                .timestamp(p.windowStart())
                .text(storedRaw(a.raw()));
    }

    /**
     * The raw event as stored: whole up to {@value #RAW_LIMIT} characters (64 Ki), else its beginning
     * with a marker saying how long it was. A 20 MB line is a mistake or an attack, not evidence worth
     * 20 MB per row; its parsed fields are stored whole (each clipped to its column) and its hash,
     * which finds resends, is taken over the whole line.
     */
    static String storedRaw(String raw) {
        String storable = clip(raw, Integer.MAX_VALUE);
        if (storable.length() <= RAW_LIMIT) {
            return storable;
        }
        return storable.substring(0, RAW_LIMIT) + TRUNCATED.formatted(storable.length());
    }

    /**
     * A text cut to a column's width (in characters, as {@code varchar(n)} counts), without NUL, which
     * PostgreSQL text cannot hold (a JSON event may carry one, escaped).
     */
    static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String storable = text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
        return storable.length() <= max ? storable : storable.substring(0, max);
    }
}
