package vn.khien.monitoring.application;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.monitoring.AlertSeverity;
import vn.khien.monitoring.AlertsPromoted;
import vn.khien.shared.ConflictException;
import vn.khien.shared.ObjectNotFoundException;

/**
 * Promotion of alerts to incidents, by the coordinator's rules (evaluated over the whole province in
 * one statement) or by hand. Either way {@link AlertsPromoted} is published; the incidents module
 * opens the incident when it hears it.
 */
@Service
public class PromotionManagement {

    // rules × roll-ups not yet promoted, grouped per system, alert rule and source: one row per match; the
    // window_start bound follows from the last_seen one (a roll-up's last sighting is within its window)
    // and lets the pending index serve
    private static final String MATCHES = """
            SELECT DISTINCT ON (u.system_code, u.rule_id, u.src_ip)
                   r.name, u.system_code, u.rule_id, array_agg(u.id ORDER BY u.id) AS ids,
                   sum(u.alert_count) AS n, max(u.severity) AS severity, min(u.first_seen) AS first_seen,
                   r.min_count, r.window_minutes
              FROM monitoring.promotion_rule r
              JOIN monitoring.alert_rollup u
                ON u.promoted_at IS NULL AND u.system_code IS NOT NULL AND u.severity >= r.min_severity
               AND (r.min_level IS NULL OR u.system_level >= r.min_level)
               AND u.last_seen >= CAST(:now AS timestamptz) - r.window_minutes * interval '1 minute'
               AND u.window_start > CAST(:now AS timestamptz) - r.window_minutes * interval '1 minute'
                                    - :rollupSeconds * interval '1 second'
             WHERE r.enabled
             GROUP BY r.id, r.name, r.min_count, r.window_minutes, u.system_code, u.rule_id, u.src_ip
            HAVING sum(u.alert_count) >= r.min_count
             ORDER BY u.system_code, u.rule_id, u.src_ip, r.id""";

    private final JdbcClient jdbc;
    private final AlertAccess access;
    private final AlertQueries queries;
    private final ApplicationEventPublisher events;
    private final MonitoringSettings settings;

    PromotionManagement(
            JdbcClient jdbc,
            AlertAccess access,
            AlertQueries queries,
            ApplicationEventPublisher events,
            MonitoringSettings settings) {
        this.jdbc = jdbc;
        this.access = access;
        this.queries = queries;
        this.events = events;
        this.settings = settings;
    }

    /** Applies every enabled rule at {@code now}; returns the number of promotions. */
    @Transactional
    public int evaluate(Instant now) {
        record Match(
                String rule,
                String system,
                String alertRule,
                List<Long> ids,
                long count,
                int severity,
                Instant firstSeen,
                String reason) {}
        List<Match> matches = jdbc.sql(MATCHES)
                .param("now", Timestamp.from(now))
                .param("rollupSeconds", settings.rollupWindow().toSeconds())
                .query((rs, n) -> new Match(
                        rs.getString("name"),
                        rs.getString("system_code"),
                        rs.getString("rule_id"),
                        ids(rs.getArray("ids")),
                        rs.getLong("n"),
                        rs.getInt("severity"),
                        rs.getTimestamp("first_seen").toInstant(),
                        rs.getLong("n") + " alerts ≥ " + rs.getInt("min_count") + " in " + rs.getInt("window_minutes")
                                + " min"))
                .list();
        List<Long> all = matches.stream().flatMap(m -> m.ids().stream()).toList();
        if (!all.isEmpty()) {
            jdbc.sql("UPDATE monitoring.alert_rollup SET promoted_at = :now, promoted_by = 'rule' WHERE id = ANY(:ids)")
                    .param("now", Timestamp.from(now))
                    .param("ids", all.toArray(Long[]::new))
                    .update();
        }
        for (Match m : matches) {
            events.publishEvent(new AlertsPromoted(
                    m.system(),
                    m.rule(),
                    m.alertRule(),
                    m.ids(),
                    m.count(),
                    AlertSeverity.ofRank(m.severity()),
                    m.firstSeen(),
                    m.reason()));
        }
        return matches.size();
    }

    /** By hand from the console: the coordinator or a responder, on a roll-up they can see. */
    @Transactional
    public void promote(long rollupId, String reason, Instant now) {
        if (!access.mayPromote()) {
            throw new ObjectNotFoundException("alert-rollup", "promote");
        }
        RollupRow rollup = queries.rollup(rollupId);
        if (rollup.promotedAt() != null) {
            throw new ConflictException("monitoring.promote.error.already");
        }
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        jdbc.sql("UPDATE monitoring.alert_rollup SET promoted_at = :now, promoted_by = :by WHERE id = :id")
                .param("now", Timestamp.from(now))
                .param("by", by)
                .param("id", rollupId)
                .update();
        events.publishEvent(new AlertsPromoted(
                rollup.systemCode(),
                "manual",
                rollup.ruleId(),
                List.of(rollupId),
                rollup.count(),
                rollup.severity(),
                rollup.firstSeen(),
                reason == null || reason.isBlank() ? "manual" : reason.strip()));
    }

    public boolean mayPromote() {
        return access.mayPromote();
    }

    private static List<Long> ids(Array array) throws java.sql.SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }
}
