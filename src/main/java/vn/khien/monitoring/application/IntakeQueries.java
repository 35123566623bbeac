package vn.khien.monitoring.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/** What the intake could not place: dead letters, and targets mapped to no system. */
@Service
public class IntakeQueries {

    private final JdbcClient jdbc;
    private final AlertAccess access;
    private final AlertQueries alerts;

    IntakeQueries(JdbcClient jdbc, AlertAccess access, AlertQueries alerts) {
        this.jdbc = jdbc;
        this.access = access;
        this.alerts = alerts;
    }

    public record DeadLetterRow(
            long id, Instant receivedAt, String organisationCode, String format, int line, String reason, String raw) {}

    public PageResponse<DeadLetterRow> deadLetters(Paging paging) {
        Map<String, Object> params = access.deadLetterParameters();
        String where = " FROM monitoring.dead_letter d WHERE " + AlertAccess.DEAD_LETTERS.where("d");
        List<DeadLetterRow> items = jdbc.sql(
                        "SELECT d.id, d.received_at, d.organisation_code, d.format, d.line, d.reason,"
                                + " left(d.raw, 2000) AS raw" + where
                                + " ORDER BY d.received_at DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new DeadLetterRow(
                        rs.getLong("id"),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getString("organisation_code"),
                        rs.getString("format"),
                        rs.getInt("line"),
                        rs.getString("reason"),
                        rs.getString("raw")))
                .list();
        long total = jdbc.sql("SELECT count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    public record UnassignedTarget(String target, long alerts, Instant lastSeen) {}

    /** Addresses and names that alerts concern but no system's assets cover, most frequent first. */
    public PageResponse<UnassignedTarget> unassigned(AlertFilter filter, Paging paging) {
        Map<String, Object> params = alerts.parameters(
                new AlertFilter(filter.from(), filter.to(), null, null, null, null, null, null, true));
        String from = " FROM monitoring.alert_rollup u WHERE " + AlertAccess.ROLLUPS.where("u")
                + " AND u.system_code IS NULL AND u.window_start > :windowFrom AND u.window_start < :to"
                + " AND u.last_seen >= :from AND u.last_seen < :to";
        String target = "coalesce(host(u.dst_ip), u.hostname, host(u.src_ip), '-')";
        List<UnassignedTarget> items = jdbc.sql(
                        "SELECT " + target + " AS target, sum(u.alert_count) AS n, max(u.last_seen) AS last" + from
                                + " GROUP BY 1 ORDER BY n DESC, target LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new UnassignedTarget(
                        rs.getString("target"),
                        rs.getLong("n"),
                        rs.getTimestamp("last").toInstant()))
                .list();
        long total = jdbc.sql("SELECT count(DISTINCT " + target + ")" + from)
                .params(params)
                .query(Long.class)
                .single();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    public long deadLetterCount() {
        Map<String, Object> params = access.deadLetterParameters();
        return jdbc.sql("SELECT count(*) FROM monitoring.dead_letter d WHERE " + AlertAccess.DEAD_LETTERS.where("d"))
                .params(params)
                .query(Long.class)
                .single();
    }
}
