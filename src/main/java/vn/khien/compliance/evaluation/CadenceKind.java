package vn.khien.compliance.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.khien.assessments.facts.AssessmentFacts;
import vn.khien.compliance.SubjectType;
import vn.khien.compliance.domain.RuleDefinition;

/**
 * An assessment every so many months, counted from the last one (Decree 85/2016 Art. 20: levels 3–4
 * yearly, level 5 every 6 months, the organisation every 2 years). For systems the interval depends
 * on the level ({@code monthsByLevel}); for agencies it is {@code months} and any completed
 * assessment of the agency's systems counts, or, with {@code assessmentScope}, only those of that
 * scope (the organisation review: {@code WHOLE_ORGANISATION}, issue 16 item 9). Before the first assessment the clock runs from the
 * later of the level approval, the registration and the day the pack started to apply. The last
 * assessment done after the interval from the one before it (or from that start) ran out is late
 * ({@code LATE}) until the next one.
 */
@Component
class CadenceKind implements RuleKind {

    static final String ASSESSMENTS = AssessmentFacts.ASSESSMENT_RESULT.name();

    @Override
    public String name() {
        return "cadence";
    }

    @Override
    public List<String> sources(RuleDefinition rule) {
        if (rule.subject() == SubjectType.SYSTEM) {
            rule.params().integerMap("monthsByLevel");
        } else {
            rule.params().integer("months");
        }
        assessmentScope(rule);
        return List.of(ASSESSMENTS);
    }

    @Override
    public RuleQuery query(RuleDefinition rule, EvaluationDay day) {
        Map<String, Object> params = new HashMap<>();
        params.put("trackingFrom", day.packAppliesFrom());
        params.put("assessmentScope", assessmentScope(rule));
        String population = Populations.of(rule, params);
        String intervals;
        String lastKey;
        String base;
        if (rule.subject() == SubjectType.SYSTEM) {
            var months = rule.params().integerMap("monthsByLevel");
            params.put("cadenceLevels", months.keySet().toArray(Integer[]::new));
            params.put("cadenceMonths", months.values().toArray(Integer[]::new));
            intervals = "JOIN unnest(CAST(:cadenceLevels AS int[]), CAST(:cadenceMonths AS int[])) AS m(level, months)"
                    + " ON m.level = p.level";
            lastKey = "system_code";
            base =
                    "greatest(coalesce(p.level_approved_on, p.registered_on), p.registered_on, CAST(:trackingFrom AS date))";
        } else {
            params.put("months", rule.params().integer("months"));
            intervals = "CROSS JOIN (SELECT CAST(:months AS int) AS months) m";
            lastKey = "agency_code";
            base = "greatest(p.registered_on, CAST(:trackingFrom AS date))";
        }
        String sql = """
                WITH ranked AS (
                    SELECT r.%2$s AS subject_code, r.assessment_id, r.completed_on,
                           lag(r.completed_on) OVER (PARTITION BY r.%2$s ORDER BY r.completed_on) AS previous_on
                    FROM %6$s r
                    WHERE r.completed_on <= :asOf AND (:allSubjects OR r.%2$s = ANY(CAST(:subjects AS text[])))
                      AND (CAST(:assessmentScope AS text) IS NULL OR r.scope = :assessmentScope)),
                last AS (
                    SELECT DISTINCT ON (subject_code) subject_code, assessment_id, completed_on, previous_on
                    FROM ranked ORDER BY subject_code, completed_on DESC)
                SELECT '%5$s' AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       coalesce(l.completed_on, b.base) AS period_start, d.due AS period_end, d.due AS due_date,
                       CASE WHEN d.due < :asOf THEN {{OVERDUE}}
                            WHEN d.due - :soonDays <= :asOf THEN {{DUE_SOON}}
                            WHEN l.completed_on > d.last_due THEN {{LATE}}
                            WHEN l.completed_on IS NOT NULL THEN {{MET}} ELSE {{DUE}} END AS status,
                       CASE WHEN l.completed_on IS NULL THEN 'compliance.reason.never-assessed'
                            WHEN l.completed_on > d.last_due THEN 'compliance.reason.last-assessed-late'
                            ELSE 'compliance.reason.last-assessed' END AS reason_key,
                       ARRAY[coalesce(to_char(l.completed_on, 'DD/MM/YYYY'), ''), CAST(m.months AS text),
                             coalesce(to_char(d.last_due, 'DD/MM/YYYY'), '')] AS reason_args,
                       CASE WHEN l.completed_on IS NOT NULL THEN 'assessment:' || l.assessment_id END AS evidence
                FROM %1$s p
                %3$s
                LEFT JOIN last l ON l.subject_code = p.subject_code
                CROSS JOIN LATERAL (SELECT %4$s AS base) b
                CROSS JOIN LATERAL (
                    SELECT CAST(coalesce(l.completed_on, b.base) + make_interval(months => m.months) AS date) AS due,
                           CAST(coalesce(l.previous_on, b.base) + make_interval(months => m.months) AS date) AS last_due) d""".formatted(
                        population, lastKey, intervals, base, rule.subject().name(), ASSESSMENTS);
        return new RuleQuery(sql, params);
    }

    /** The assessments' scope that counts, if the pack names one (the assessments module's scope names). */
    private static String assessmentScope(RuleDefinition rule) {
        String scope = rule.params().text("assessmentScope", null);
        if (scope != null && !SCOPES.contains(scope)) {
            throw new vn.khien.compliance.domain.PackFormatException(
                    rule.id() + ": assessmentScope must be one of " + SCOPES);
        }
        return scope;
    }

    static final List<String> SCOPES = List.of("SYSTEMS", "WHOLE_ORGANISATION");
}
