package vn.khien.incidents.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.identity.AccessPolicy;
import vn.khien.incidents.IncidentStatus;
import vn.khien.shared.EnumSql;
import vn.khien.shared.ProvinceZone;

/**
 * Response metrics over the incidents the viewer may see, grouped by month of detection, by agency or
 * by type: how many, mean hours to acknowledge (report → verification), to contain and to close
 * (from detection), and regulatory clocks met on time out of those decided (met, late or missed).
 */
@Service
public class IncidentMetrics {

    private static final Map<String, String> GROUPS = Map.of(
            "month", "to_char(i.detected_at AT TIME ZONE :zone, 'YYYY-MM')",
            "agency", "i.agency_code",
            "type", "i.type_code");

    private final AccessPolicy access;
    private final JdbcClient jdbc;

    IncidentMetrics(AccessPolicy access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** One group's figures; hours are null when no incident of the group reached that step. */
    public record Row(
            String key,
            long incidents,
            Double hoursToAcknowledge,
            Double hoursToContain,
            Double hoursToClose,
            long clocksOnTime,
            long clocksDecided) {}

    /** {@code by}: month, agency or type (anything else counts as month). */
    @Transactional(readOnly = true)
    public List<Row> by(String by) {
        String key = GROUPS.getOrDefault(by, GROUPS.get("month"));
        Map<String, Object> params = new HashMap<>(IncidentAccess.sqlParameters(access.currentViewer()));
        params.put("zone", ProvinceZone.get().getId()); // months as the province counts them
        return jdbc.sql("""
                        SELECT %1$s AS key, count(*) AS incidents,
                               avg(extract(epoch FROM i.verified_at - i.reported_at)) / 3600 AS ack,
                               avg(extract(epoch FROM i.contained_at - i.detected_at)) / 3600 AS contain,
                               avg(extract(epoch FROM i.closed_at - i.detected_at)) / 3600 AS close,
                               coalesce(sum(c.on_time), 0) AS on_time, coalesce(sum(c.decided), 0) AS decided
                        FROM incidents.incident i
                        LEFT JOIN LATERAL (
                            SELECT count(*) FILTER (WHERE k.met_at IS NOT NULL AND k.met_at <= k.due_at) AS on_time,
                                   count(*) FILTER (WHERE k.met_at IS NOT NULL OR k.missed_at IS NOT NULL) AS decided
                            FROM incidents.incident_clock k WHERE k.incident = i.id) c ON true
                        WHERE i.status <> %3$s AND %2$s
                        GROUP BY 1 ORDER BY 1""".formatted(key, IncidentAccess.visible("i"), EnumSql.literal(IncidentStatus.REJECTED)))
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getString(1),
                        rs.getLong(2),
                        rounded(rs.getObject(3)),
                        rounded(rs.getObject(4)),
                        rounded(rs.getObject(5)),
                        rs.getLong(6),
                        rs.getLong(7)))
                .list();
    }

    private static Double rounded(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
