package vn.khien.monitoring.application;

import java.sql.SQLException;
import vn.khien.monitoring.domain.NormalisedAlert;

/** One alert as a binary COPY row, in the order of {@link AlertWriter#COLUMNS}; texts clipped to their columns. */
final class AlertRows {

    private static final int FIELDS = 25;

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
                .text(a.raw());
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
