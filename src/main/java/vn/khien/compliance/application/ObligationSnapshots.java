package vn.khien.compliance.application;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.agencies.facts.AgencyFacts;

/**
 * Keeps the dashboard's trend: after each full evaluation, the day's counts per rule, agency kind and
 * status, in one statement over the new table (a second run the same day replaces the day's rows).
 */
@Component
class ObligationSnapshots {

    private final JdbcClient jdbc;

    ObligationSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ObligationsEvaluated event) {
        jdbc.sql("DELETE FROM compliance.obligation_snapshot WHERE day = :day")
                .param("day", event.day())
                .update();
        jdbc.sql("""
                        INSERT INTO compliance.obligation_snapshot (day, rule_id, agency_kind, status, obligations)
                        SELECT :day, o.rule_id, coalesce(a.kind, 'UNKNOWN'), o.status, count(*)
                        FROM compliance.obligation o LEFT JOIN %s a ON a.code = o.agency_code
                        GROUP BY o.rule_id, coalesce(a.kind, 'UNKNOWN'), o.status""".formatted(AgencyFacts.AGENCY.name()))
                .param("day", event.day())
                .update();
    }
}
