package vn.khien.compliance.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.compliance.domain.RuleDefinition;
import vn.khien.registers.facts.RegisterFacts;

/**
 * A share must reach a threshold ({@code thresholdPercent}, a pack parameter, not code).
 * {@code it-plan-security-share}: each IT plan or project of the current or previous year spends at
 * least the threshold on security (Directive 14 §1: 10 %), compared exactly as
 * {@code security × 100 ≥ threshold × total} so 9.999 % is not 10 %; an accepted exception is
 * waived with its reason. {@code training-hours}: the agency has named security staff this year (what
 * the texts require); only when the province sets its own target ({@code thresholdPercent}, a
 * provincial setting, empty by default — no text gives one) the share of them who reached their yearly
 * training hours, due by 31 December, labelled provincial policy.
 */
@Component
class RatioThresholdKind implements RuleKind {

    static final String IT_PLANS = RegisterFacts.IT_PLAN.name();
    static final String TRAINING = RegisterFacts.TRAINING_HOURS.name();

    @Override
    public String name() {
        return "ratio-threshold";
    }

    @Override
    public List<String> sources(RuleDefinition rule) {
        return switch (rule.params().text("fact")) {
            case "it-plan-security-share" -> {
                rule.params().decimal("thresholdPercent");
                yield List.of(IT_PLANS);
            }
            case "training-hours" -> {
                if (rule.params().values().containsKey("thresholdPercent")) {
                    rule.params().decimal("thresholdPercent");
                }
                yield List.of(TRAINING);
            }
            default -> throw rule.params().problem("fact", "must be it-plan-security-share or training-hours");
        };
    }

    @Override
    public RuleQuery query(RuleDefinition rule, EvaluationDay day) {
        Map<String, Object> params = new HashMap<>();
        params.put("year", day.asOf().getYear());
        if (rule.params().text("fact").equals("training-hours")) {
            boolean target = rule.params().values().containsKey("thresholdPercent");
            params.put(
                    "thresholdPercent", target ? rule.params().decimal("thresholdPercent") : java.math.BigDecimal.ZERO);
            params.put("target", target);
            return new RuleQuery(training(Populations.agencies(rule, params)), params);
        }
        params.put("thresholdPercent", rule.params().decimal("thresholdPercent"));
        params.put(
                "thresholdText",
                rule.params().decimal("thresholdPercent").stripTrailingZeros().toPlainString());
        params.put("agencyKinds", rule.params().texts("agencyKinds").toArray(String[]::new));
        return new RuleQuery(itPlans(), params);
    }

    private static String itPlans() {
        // The share is shown truncated, never rounded up: a plan at 9.999 % must not read "10.00 %".
        return """
                SELECT {{AGENCY}} AS subject_type, pl.agency_code AS subject_code, CAST(pl.plan_id AS text) AS item_ref,
                       pl.agency_code, make_date(pl.year_from, 1, 1) AS period_start,
                       make_date(pl.year_to, 12, 31) AS period_end, CAST(NULL AS date) AS due_date,
                       CASE WHEN pl.exception_status = 'ACCEPTED' THEN {{WAIVED}}
                            WHEN pl.total_budget <= 0 THEN {{NOT_APPLICABLE}}
                            WHEN pl.security_budget * 100 >= CAST(:thresholdPercent AS numeric) * pl.total_budget THEN {{MET}}
                            ELSE {{VIOLATED}} END AS status,
                       CASE WHEN pl.exception_status = 'ACCEPTED' THEN 'compliance.reason.exception-accepted'
                            WHEN pl.total_budget <= 0 THEN 'compliance.reason.no-budget'
                            WHEN pl.security_budget * 100 >= CAST(:thresholdPercent AS numeric) * pl.total_budget
                                THEN 'compliance.reason.share-reached'
                            ELSE 'compliance.reason.share-below' END AS reason_key,
                       ARRAY[CASE WHEN pl.total_budget > 0
                                  THEN to_char(trunc(pl.security_budget * 100 / pl.total_budget, 2), 'FM9990.00') ELSE '' END,
                             CAST(:thresholdText AS text), coalesce(pl.exception_reason, '')] AS reason_args,
                       'it-plan:' || pl.plan_id AS evidence
                FROM %s pl
                JOIN %s a ON a.code = pl.agency_code AND a.status = 'ACTIVE'
                WHERE pl.year_from <= CAST(:year AS int) AND pl.year_to >= CAST(:year AS int) - 1
                  AND (cardinality(CAST(:agencyKinds AS text[])) = 0 OR a.kind = ANY(CAST(:agencyKinds AS text[])))
                  AND (:allSubjects OR pl.agency_code = ANY(CAST(:subjects AS text[])))""".formatted(IT_PLANS, AgencyFacts.AGENCY.name());
    }

    private static String training(String population) {
        return """
                SELECT {{AGENCY}} AS subject_type, p.subject_code, CAST(:year AS text) AS item_ref, p.agency_code,
                       make_date(:year, 1, 1) AS period_start, make_date(:year, 12, 31) AS period_end,
                       make_date(:year, 12, 31) AS due_date,
                       CASE WHEN coalesce(t.staff, 0) = 0 THEN {{VIOLATED}}
                            WHEN NOT :target THEN {{MET}}
                            WHEN t.reached * 100 >= CAST(:thresholdPercent AS numeric) * t.staff THEN {{MET}}
                            WHEN make_date(:year, 12, 31) - :soonDays <= :asOf THEN {{DUE_SOON}} ELSE {{DUE}} END AS status,
                       CASE WHEN coalesce(t.staff, 0) = 0 THEN 'compliance.reason.no-security-staff'
                            WHEN NOT :target THEN 'compliance.reason.security-staff-named'
                            ELSE 'compliance.reason.training-reached-provincial' END AS reason_key,
                       ARRAY[CAST(coalesce(t.reached, 0) AS text), CAST(coalesce(t.staff, 0) AS text)] AS reason_args,
                       CAST(NULL AS text) AS evidence
                FROM %s p
                LEFT JOIN (SELECT h.agency_code, count(*) AS staff, count(*) FILTER (WHERE h.hours >= h.target_hours) AS reached
                           FROM %s h WHERE h.year = :year GROUP BY h.agency_code) t
                       ON t.agency_code = p.subject_code""".formatted(population, TRAINING);
    }
}
