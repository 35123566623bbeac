package vn.khien.compliance.application;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.compliance.evaluation.ObligationEvaluator;
import vn.khien.compliance.evaluation.Subjects;

/**
 * Where the obligations as of a day are read: the obligation table for the day last evaluated, otherwise
 * a temporary table (dropped at commit, so callers run in a transaction) filled by the rules owed that
 * day for the whole province — one statement per rule, as the nightly recompute does.
 */
@Component
class ObligationsAsOf {

    private static final String TEMPORARY = "obligation_tally_as_of";

    private final JdbcClient jdbc;
    private final ObligationRecompute recompute;
    private final PackCatalogue catalogue;
    private final ObligationEvaluator evaluator;

    ObligationsAsOf(
            JdbcClient jdbc, ObligationRecompute recompute, PackCatalogue catalogue, ObligationEvaluator evaluator) {
        this.jdbc = jdbc;
        this.recompute = recompute;
        this.catalogue = catalogue;
        this.evaluator = evaluator;
    }

    /** The table to read; on another day than the last evaluated only the rules {@code evaluated} accepts are run. */
    String tableFor(LocalDate day, Predicate<String> evaluated) {
        if (day.equals(recompute.evaluatedOn())) {
            return "compliance.obligation";
        }
        jdbc.sql("CREATE TEMPORARY TABLE IF NOT EXISTS " + TEMPORARY + " (LIKE compliance.obligation) ON COMMIT DROP")
                .update();
        jdbc.sql("TRUNCATE " + TEMPORARY).update();
        var rules = catalogue.rulesOwedOn(day).stream()
                .filter(r -> evaluated.test(r.rule().id()))
                .toList();
        evaluator.evaluateInto(TEMPORARY, rules, day, recompute.soonDays(), Subjects.ALL);
        return TEMPORARY;
    }
}
