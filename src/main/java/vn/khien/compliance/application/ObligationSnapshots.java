package vn.khien.compliance.application;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.compliance.evaluation.ObligationEvaluator.Tally;

/**
 * Keeps the dashboard's trend: for each full evaluation, the day's counts per rule, agency kind and
 * status, as the evaluation itself counted them (a second run the same day replaces the day's rows).
 */
@Component
class ObligationSnapshots {

    private final JdbcClient jdbc;

    ObligationSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(LocalDate day, List<Tally> tallies) {
        jdbc.sql("DELETE FROM compliance.obligation_snapshot WHERE day = :day")
                .param("day", day)
                .update();
        // a rule's statement counts each kind and status once, but two packs may hold the same rule id
        jdbc.sql("""
                        INSERT INTO compliance.obligation_snapshot (day, rule_id, agency_kind, status, obligations)
                        SELECT :day, t.rule_id, t.agency_kind, t.status, sum(t.n)
                        FROM unnest(CAST(:rules AS text[]), CAST(:kinds AS text[]), CAST(:statuses AS text[]),
                                    CAST(:counts AS bigint[])) AS t(rule_id, agency_kind, status, n)
                        GROUP BY t.rule_id, t.agency_kind, t.status""")
                .param("day", day)
                .param("rules", tallies.stream().map(Tally::ruleId).toArray(String[]::new))
                .param("kinds", tallies.stream().map(Tally::agencyKind).toArray(String[]::new))
                .param("statuses", tallies.stream().map(Tally::status).toArray(String[]::new))
                .param("counts", tallies.stream().map(Tally::obligations).toArray(Long[]::new))
                .update();
    }
}
