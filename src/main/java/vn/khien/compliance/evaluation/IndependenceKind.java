package vn.khien.compliance.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.khien.compliance.SubjectType;
import vn.khien.compliance.domain.RuleDefinition;
import vn.khien.systems.facts.SystemFacts;

/**
 * The organisation that assessed a system must not also have been providing it one of the named
 * services ({@code services}: monitoring, protection, incident response) on the day the assessment
 * was completed (Directive 14 §1); an owner that provides the service in-house (no provider) and
 * assesses its own system is not independent either: its in-house unit is the monitoring organisation. Looks back {@code lookbackMonths}; a system without a recent
 * assessment is not applicable here (the cadence rules say whether one is owed).
 */
@Component
class IndependenceKind implements RuleKind {

    @Override
    public String name() {
        return "independence";
    }

    @Override
    public List<String> sources(RuleDefinition rule) {
        if (rule.subject() != SubjectType.SYSTEM) {
            throw rule.params().problem("subject", "must be SYSTEM");
        }
        if (rule.params().texts("services").isEmpty()) {
            throw rule.params().problem("services", "must name at least one service");
        }
        rule.params().integer("lookbackMonths");
        return List.of(CadenceKind.ASSESSMENTS);
    }

    @Override
    public RuleQuery query(RuleDefinition rule, EvaluationDay day) {
        Map<String, Object> params = new HashMap<>();
        params.put("services", rule.params().texts("services").toArray(String[]::new));
        params.put("windowStart", day.asOf().minusMonths(rule.params().integer("lookbackMonths")));
        String sql = """
                WITH recent AS (
                    SELECT r.system_code, r.assessment_id, r.assessor_code, r.completed_on
                    FROM %2$s r
                    WHERE r.completed_on BETWEEN CAST(:windowStart AS date) AND :asOf
                      AND (:allSubjects OR r.system_code = ANY(CAST(:subjects AS text[])))),
                conflict AS (
                    SELECT DISTINCT ON (r.system_code) r.system_code, r.assessment_id, r.assessor_code, a.service
                    FROM recent r
                    JOIN %3$s s ON s.code = r.system_code
                    JOIN %4$s a
                      ON a.system_code = r.system_code
                     AND (a.provider_code = r.assessor_code
                          OR (a.provider_code IS NULL AND s.owner_code = r.assessor_code))
                     AND a.service = ANY(CAST(:services AS text[]))
                     AND a.valid_from <= r.completed_on AND (a.valid_to IS NULL OR a.valid_to >= r.completed_on)
                    ORDER BY r.system_code, r.completed_on DESC),
                latest AS (
                    SELECT DISTINCT ON (r.system_code) r.system_code, r.assessment_id, r.assessor_code
                    FROM recent r ORDER BY r.system_code, r.completed_on DESC)
                SELECT {{SYSTEM}} AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       CAST(:windowStart AS date) AS period_start, CAST(:asOf AS date) AS period_end,
                       CAST(NULL AS date) AS due_date,
                       CASE WHEN c.system_code IS NOT NULL THEN {{VIOLATED}}
                            WHEN l.system_code IS NOT NULL THEN {{MET}} ELSE {{NOT_APPLICABLE}} END AS status,
                       CASE WHEN c.system_code IS NOT NULL THEN 'compliance.reason.assessor-provides-service'
                            WHEN l.system_code IS NOT NULL THEN 'compliance.reason.assessor-independent'
                            ELSE 'compliance.reason.no-recent-assessment' END AS reason_key,
                       CASE WHEN c.system_code IS NOT NULL THEN ARRAY[c.assessor_code, c.service]
                            WHEN l.system_code IS NOT NULL THEN ARRAY[l.assessor_code]
                            ELSE CAST(ARRAY[] AS text[]) END AS reason_args,
                       'assessment:' || coalesce(c.assessment_id, l.assessment_id) AS evidence
                FROM %1$s p
                LEFT JOIN conflict c ON c.system_code = p.subject_code
                LEFT JOIN latest l ON l.system_code = p.subject_code""".formatted(
                        Populations.systems(rule, params),
                        CadenceKind.ASSESSMENTS,
                        SystemFacts.SYSTEM.name(),
                        SystemFacts.ARRANGEMENT.name());
        return new RuleQuery(sql, params);
    }
}
