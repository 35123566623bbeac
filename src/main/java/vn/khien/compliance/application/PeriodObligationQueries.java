package vn.khien.compliance.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.PeriodObligations;
import vn.khien.compliance.SubjectType;
import vn.khien.compliance.evaluation.ObligationEvaluator;
import vn.khien.compliance.evaluation.Subjects;

/**
 * Reads one rule's obligations for one period in one statement. A period is final once it has ended, so
 * any later day is read as its last day, while it is still the rule's current period (as the previous
 * one it would leave out the subjects registered during it); only that rule is evaluated when the day is
 * not the one last evaluated.
 */
@Service
class PeriodObligationQueries implements PeriodObligations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String TEMPORARY = "period_obligation_as_of";

    private final JdbcClient jdbc;
    private final ObligationRecompute recompute;
    private final PackCatalogue catalogue;
    private final ObligationEvaluator evaluator;

    PeriodObligationQueries(
            JdbcClient jdbc, ObligationRecompute recompute, PackCatalogue catalogue, ObligationEvaluator evaluator) {
        this.jdbc = jdbc;
        this.recompute = recompute;
        this.catalogue = catalogue;
        this.evaluator = evaluator;
    }

    @Override
    @Transactional
    public List<PeriodObligation> of(String ruleId, LocalDate periodEnd, LocalDate day) {
        LocalDate read = day.isAfter(periodEnd) ? periodEnd : day;
        String table = tableFor(read, ruleId);
        // the fixed-deadline kind writes the evidence's day first in the reason when it is met or late
        return jdbc.sql("SELECT o.subject_type, o.subject_code, o.agency_code, o.period_start, o.due_date, o.status,"
                        + " o.reason_args[1] AS done_on FROM " + table + " o"
                        + " WHERE o.rule_id = :rule AND o.period_end = :end ORDER BY o.agency_code, o.subject_code")
                .param("rule", ruleId)
                .param("end", periodEnd)
                .query((rs, n) -> {
                    ObligationStatus status = ObligationStatus.valueOf(rs.getString("status"));
                    boolean done = status == ObligationStatus.MET || status == ObligationStatus.LATE;
                    return new PeriodObligation(
                            SubjectType.valueOf(rs.getString("subject_type")),
                            rs.getString("subject_code"),
                            rs.getString("agency_code"),
                            rs.getObject("period_start", LocalDate.class),
                            rs.getObject("due_date", LocalDate.class),
                            status,
                            done && rs.getString("done_on") != null
                                    ? LocalDate.parse(rs.getString("done_on"), DAY)
                                    : null);
                })
                .list();
    }

    /** The obligation table on the day last evaluated; otherwise the rule alone, evaluated into a temporary table. */
    private String tableFor(LocalDate day, String ruleId) {
        if (day.equals(recompute.evaluatedOn())) {
            return "compliance.obligation";
        }
        jdbc.sql("CREATE TEMPORARY TABLE IF NOT EXISTS " + TEMPORARY + " (LIKE compliance.obligation) ON COMMIT DROP")
                .update();
        jdbc.sql("DELETE FROM " + TEMPORARY).update();
        var rule = catalogue.rulesOwedOn(day).stream()
                .filter(r -> r.rule().id().equals(ruleId))
                .toList();
        evaluator.evaluateInto(TEMPORARY, rule, day, recompute.soonDays(), Subjects.ALL);
        return TEMPORARY;
    }
}
