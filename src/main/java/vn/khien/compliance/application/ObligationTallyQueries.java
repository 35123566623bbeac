package vn.khien.compliance.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.ObligationTallies;
import vn.khien.compliance.evaluation.ObligationEvaluator;
import vn.khien.compliance.evaluation.Subjects;

/**
 * Counts obligations by agency and status in one statement. The day last evaluated reads the
 * obligation table; any other day evaluates every rule owed that day for the whole province into a
 * temporary table first (one statement per rule, as the nightly recompute does).
 */
@Service
class ObligationTallyQueries implements ObligationTallies {

    private static final String TEMPORARY = "obligation_tally_as_of";

    private final JdbcClient jdbc;
    private final ObligationRecompute recompute;
    private final PackCatalogue catalogue;
    private final ObligationEvaluator evaluator;

    ObligationTallyQueries(
            JdbcClient jdbc, ObligationRecompute recompute, PackCatalogue catalogue, ObligationEvaluator evaluator) {
        this.jdbc = jdbc;
        this.recompute = recompute;
        this.catalogue = catalogue;
        this.evaluator = evaluator;
    }

    @Override
    @Transactional
    public Map<String, Map<ObligationStatus, Long>> byAgency(LocalDate day, Collection<String> agencyCodes) {
        Map<String, Map<ObligationStatus, Long>> tallies = new HashMap<>();
        if (agencyCodes.isEmpty()) {
            return tallies;
        }
        String table = tableFor(day);
        jdbc.sql("SELECT o.agency_code, o.status, count(*) AS n FROM " + table + " o"
                        + " WHERE o.agency_code = ANY(CAST(:codes AS text[])) GROUP BY o.agency_code, o.status")
                .param("codes", agencyCodes.toArray(String[]::new))
                .query((rs, n) -> tallies.computeIfAbsent(
                                rs.getString("agency_code"), k -> new EnumMap<>(ObligationStatus.class))
                        .put(ObligationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return tallies;
    }

    private String tableFor(LocalDate day) {
        if (day.equals(recompute.evaluatedOn())) {
            return "compliance.obligation";
        }
        jdbc.sql("CREATE TEMPORARY TABLE IF NOT EXISTS " + TEMPORARY + " (LIKE compliance.obligation) ON COMMIT DROP")
                .update();
        jdbc.sql("TRUNCATE " + TEMPORARY).update();
        evaluator.evaluateInto(TEMPORARY, catalogue.rulesOwedOn(day), day, recompute.soonDays(), Subjects.ALL);
        return TEMPORARY;
    }
}
