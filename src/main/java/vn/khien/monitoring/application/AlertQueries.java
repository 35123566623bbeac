package vn.khien.monitoring.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.monitoring.AlertSeverity;
import vn.khien.monitoring.domain.IpAddresses;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;
import vn.khien.shared.ProvinceZone;

/** The console's reads, filtered by the viewer's access in SQL (see {@link AlertAccess}). */
@Service
public class AlertQueries {

    private static final String ROLLUP_COLUMNS =
            "SELECT u.id, u.system_code, u.owner_code, u.organisation_code, u.tool,"
                    + " u.rule_id, u.rule_name, u.severity, host(u.src_ip) AS src, host(u.dst_ip) AS dst, u.hostname,"
                    + " u.alert_count, u.first_seen, u.last_seen, u.promoted_at";
    private static final String FILTERS = """
              AND u.window_start > :windowFrom AND u.window_start < :to
              AND u.last_seen >= :from AND u.last_seen < :to
              AND (CAST(:agency AS text) IS NULL OR u.owner_code = :agency)
              AND (CAST(:system AS text) IS NULL OR u.system_code = :system)
              AND (CAST(:severity AS integer) IS NULL OR u.severity >= :severity)
              AND (CAST(:tool AS text) IS NULL OR u.tool = :tool)
              AND (CAST(:rule AS text) IS NULL OR u.rule_id = :rule)
              AND (CAST(:ip AS inet) IS NULL OR u.src_ip = CAST(:ip AS inet) OR u.dst_ip = CAST(:ip AS inet))
              AND (NOT :unassigned OR u.system_code IS NULL)
            """;
    private static final String FROM =
            " FROM monitoring.alert_rollup u WHERE " + AlertAccess.ROLLUPS.where("u") + FILTERS;

    private final JdbcClient jdbc;
    private final AlertAccess access;
    private final MonitoringSettings settings;

    AlertQueries(JdbcClient jdbc, AlertAccess access, MonitoringSettings settings) {
        this.jdbc = jdbc;
        this.access = access;
        this.settings = settings;
    }

    public PageResponse<RollupRow> rollups(AlertFilter filter, Paging paging) {
        Map<String, Object> params = parameters(filter);
        List<RollupRow> items = jdbc.sql(ROLLUP_COLUMNS + FROM
                        + " ORDER BY u.window_start DESC, u.last_seen DESC, u.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(AlertQueries::rollup)
                .list();
        long total = jdbc.sql("SELECT count(*)" + FROM)
                .params(params)
                .query(Long.class)
                .single();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    /** Alerts per hour (by roll-up window) over the filter's days, for the console's chart. */
    public List<HourCount> perHour(AlertFilter filter) {
        return jdbc.sql("SELECT date_trunc('hour', u.window_start) AS hour, sum(u.alert_count) AS n" + FROM
                        + " GROUP BY 1 ORDER BY 1")
                .params(parameters(filter))
                .query((rs, n) -> new HourCount(rs.getTimestamp("hour").toInstant(), rs.getLong("n")))
                .list();
    }

    public record HourCount(Instant hour, long count) {}

    public RollupRow rollup(long id) {
        Map<String, Object> params = access.sqlParameters();
        return jdbc.sql(ROLLUP_COLUMNS + " FROM monitoring.alert_rollup u WHERE u.id = :id AND "
                        + AlertAccess.ROLLUPS.where("u"))
                .params(params)
                .param("id", id)
                .query(AlertQueries::rollup)
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException("alert-rollup", Long.toString(id)));
    }

    /** The raw alerts of a roll-up; the day bounds let PostgreSQL read only the partitions concerned. */
    public PageResponse<RawAlert> raw(long rollupId, Paging paging) {
        rollup(rollupId); // 404 when not visible
        String where = """
                 FROM monitoring.alert a JOIN monitoring.alert_rollup u
                   ON a.fingerprint = u.fingerprint AND a.window_start = u.window_start
                WHERE u.id = :id AND a.day BETWEEN CAST(u.window_start AT TIME ZONE 'UTC' AS date) - 1
                                              AND CAST(u.window_start AT TIME ZONE 'UTC' AS date) + 1""";
        List<RawAlert> items = jdbc.sql("SELECT a.event_time, a.received_at, a.format, a.sensor, host(a.src_ip) AS src,"
                        + " a.src_port, host(a.dst_ip) AS dst, a.dst_port, a.protocol, a.username, a.raw" + where
                        + " ORDER BY a.event_time DESC LIMIT :limit OFFSET :offset")
                .param("id", rollupId)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new RawAlert(
                        rs.getTimestamp("event_time").toInstant(),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getString("format"),
                        rs.getString("sensor"),
                        rs.getString("src"),
                        (Integer) rs.getObject("src_port"),
                        rs.getString("dst"),
                        (Integer) rs.getObject("dst_port"),
                        rs.getString("protocol"),
                        rs.getString("username"),
                        rs.getString("raw")))
                .list();
        long total = jdbc.sql("SELECT count(*)" + where)
                .param("id", rollupId)
                .query(Long.class)
                .single();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    public record RawAlert(
            Instant eventTime,
            Instant receivedAt,
            String format,
            String sensor,
            String srcIp,
            Integer srcPort,
            String dstIp,
            Integer dstPort,
            String protocol,
            String user,
            String raw) {}

    Map<String, Object> parameters(AlertFilter f) {
        Map<String, Object> params = access.sqlParameters();
        Instant from = f.from().atStartOfDay(ProvinceZone.get()).toInstant();
        params.put("from", Timestamp.from(from));
        // a roll-up last seen from `from` on started less than one window before: the index's bound
        params.put("windowFrom", Timestamp.from(from.minus(settings.rollupWindow())));
        params.put(
                "to",
                Timestamp.from(
                        f.to().plusDays(1).atStartOfDay(ProvinceZone.get()).toInstant()));
        params.put("agency", blank(f.agency()));
        params.put("system", blank(f.system()));
        params.put("severity", f.severity() == null ? null : f.severity().rank());
        params.put("tool", blank(f.tool()));
        params.put("rule", blank(f.rule()));
        String ip = blank(f.ip());
        if (ip != null && IpAddresses.normalise(ip) == null) {
            throw new InvalidInputException("ip", "monitoring.console.error.ip");
        }
        params.put("ip", ip == null ? null : IpAddresses.normalise(ip));
        params.put("unassigned", f.unassigned());
        return params;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static RollupRow rollup(ResultSet rs, int n) throws SQLException {
        Timestamp promoted = rs.getTimestamp("promoted_at");
        return new RollupRow(
                rs.getLong("id"),
                rs.getString("system_code"),
                rs.getString("owner_code"),
                rs.getString("organisation_code"),
                rs.getString("tool"),
                rs.getString("rule_id"),
                rs.getString("rule_name"),
                AlertSeverity.ofRank(rs.getInt("severity")),
                rs.getString("src"),
                rs.getString("dst"),
                rs.getString("hostname"),
                rs.getLong("alert_count"),
                rs.getTimestamp("first_seen").toInstant(),
                rs.getTimestamp("last_seen").toInstant(),
                promoted == null ? null : promoted.toInstant());
    }
}
