package vn.khien.monitoring.application;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.identity.AccessPolicy;
import vn.khien.monitoring.AlertSeverity;
import vn.khien.monitoring.IndicatorSightings;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/**
 * The sightings of threat indicators, filtered by the viewer's access in SQL exactly as the alert
 * console's roll-ups are ({@link AlertAccess#ROLLUPS}: the sighting carries the same owner columns).
 */
@Service
public class SightingQueries implements IndicatorSightings {

    private final JdbcClient jdbc;
    private final AlertAccess access;
    private final AccessPolicy policy;

    SightingQueries(JdbcClient jdbc, AlertAccess access, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.access = access;
        this.policy = policy;
    }

    @Override
    public PageResponse<Sighting> of(String indicatorId, Paging paging) {
        Map<String, Object> params = access.sqlParameters();
        String from = " FROM monitoring.indicator_sighting u WHERE u.indicator_id = :indicator AND "
                + AlertAccess.ROLLUPS.where("u");
        List<Sighting> items = jdbc.sql("""
                        SELECT (SELECT r.id FROM monitoring.alert_rollup r
                                 WHERE r.fingerprint = u.fingerprint AND r.window_start = u.window_start) AS rollup_id,
                               u.owner_code, u.system_code, u.organisation_code, u.observable, u.rule_name, u.severity,
                               u.seen_at""" + from + " ORDER BY u.seen_at DESC, u.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("indicator", indicatorId)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new Sighting(
                        (Long) rs.getObject("rollup_id"),
                        rs.getString("owner_code"),
                        rs.getString("system_code"),
                        rs.getString("organisation_code"),
                        rs.getString("observable"),
                        rs.getString("rule_name"),
                        AlertSeverity.ofRank(rs.getInt("severity")),
                        rs.getTimestamp("seen_at").toInstant()))
                .list();
        long total = jdbc.sql("SELECT count(*)" + from)
                .params(params)
                .param("indicator", indicatorId)
                .query(Long.class)
                .single();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    /**
     * An indicator a roll-up's alerts matched, for the alert page; {@code label} is null when the
     * indicator is TLP:AMBER+STRICT or TLP:RED (TLP 2.0: the province's own organisation, or the named
     * recipients, only) and the viewer is not province-wide.
     */
    public record MatchedIndicator(String indicatorId, String label, String observable, long alerts) {}

    /** The indicators a visible roll-up's alerts matched (the caller loaded the roll-up: 404 otherwise). */
    public List<MatchedIndicator> ofRollup(RollupRow rollup) {
        boolean everything = policy.currentViewer().seesEveryAgency();
        return jdbc.sql("""
                        SELECT s.indicator_id, max(s.indicator_label) AS label, bool_or(s.indicator_tlp IN ('AMBER_STRICT', 'RED')) AS restricted,
                               min(s.observable) AS observable, count(*) AS alerts
                          FROM monitoring.indicator_sighting s JOIN monitoring.alert_rollup r
                            ON r.fingerprint = s.fingerprint AND r.window_start = s.window_start
                         WHERE r.id = :id GROUP BY s.indicator_id ORDER BY s.indicator_id LIMIT 50""")
                .param("id", rollup.id())
                .query((rs, n) -> new MatchedIndicator(
                        rs.getString("indicator_id"),
                        everything || !rs.getBoolean("restricted") ? rs.getString("label") : null,
                        rs.getString("observable"),
                        rs.getLong("alerts")))
                .list();
    }
}
