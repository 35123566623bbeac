package vn.khien.compliance.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.compliance.SubjectType;
import vn.khien.compliance.domain.RuleDefinition;
import vn.khien.incidents.facts.IncidentFacts;
import vn.khien.systems.facts.SystemFacts;

/**
 * A notice or report owed within a time of an incident's detection or of the end of its response
 * (Decision 05/2017, Circular 20/2017; Law 116/2025). The incidents module starts each clock from the
 * pack in force when the incident was detected and publishes it; here each clock of the rule becomes
 * an obligation of the reporting agency, the incident's reference as its item: met on time, late
 * ({@code LATE}: sent after its due time), overdue, or still running. Clocks started before the pack applied are not owed under it.
 */
@Component
class IncidentClockKind implements RuleKind {

    static final String CLOCKS = IncidentFacts.CLOCK.name();

    @Override
    public String name() {
        return "incident-clock";
    }

    @Override
    public List<String> sources(RuleDefinition rule) {
        if (rule.subject() != SubjectType.AGENCY) {
            throw rule.params().problem("subject", "must be AGENCY");
        }
        String start = rule.params().text("start");
        if (!start.equals("DETECTION") && !start.equals("RESPONSE_END")) {
            throw rule.params().problem("start", "must be DETECTION or RESPONSE_END");
        }
        rule.params().integer("hours");
        rule.params().integer("beyondCapacityHours", 0);
        return List.of(CLOCKS);
    }

    @Override
    public RuleQuery query(RuleDefinition rule, EvaluationDay day) {
        Map<String, Object> params = new HashMap<>();
        params.put("packAppliesFrom", day.packAppliesFrom());
        params.put("excludeOwnerKinds", Populations.excludedOwnerKinds(rule));
        String sql = """
                SELECT {{AGENCY}} AS subject_type, c.agency_code AS subject_code, c.incident_reference AS item_ref,
                       c.agency_code, CAST(c.starts_at AT TIME ZONE :zone AS date) AS period_start,
                       d.due AS period_end, d.due AS due_date,
                       CASE WHEN c.met_at IS NOT NULL AND c.met_at <= c.due_at THEN {{MET}}
                            WHEN c.met_at IS NOT NULL THEN {{LATE}}
                            WHEN d.due < :asOf THEN {{OVERDUE}}
                            WHEN d.due - :soonDays <= :asOf THEN {{DUE_SOON}}
                            ELSE {{DUE}} END AS status,
                       CASE WHEN c.met_at IS NOT NULL AND c.met_at <= c.due_at THEN 'compliance.reason.incident-clock-met'
                            WHEN c.met_at IS NOT NULL THEN 'compliance.reason.incident-clock-late'
                            ELSE 'compliance.reason.incident-clock-open' END AS reason_key,
                       ARRAY[c.incident_reference,
                             to_char(c.due_at AT TIME ZONE :zone, 'DD/MM/YYYY HH24:MI'),
                             coalesce(to_char(c.met_at AT TIME ZONE :zone, 'DD/MM/YYYY HH24:MI'), '')] AS reason_args,
                       'incident:' || c.incident_reference AS evidence
                FROM %s c
                CROSS JOIN LATERAL (SELECT CAST(c.due_at AT TIME ZONE :zone AS date) AS due) d
                WHERE c.clock_rule_id = :ruleId
                  AND CAST(c.starts_at AT TIME ZONE :zone AS date) >= :packAppliesFrom
                  AND (cardinality(CAST(:excludeOwnerKinds AS text[])) = 0
                       OR NOT EXISTS (SELECT 1 FROM %s s
                                      JOIN %s oa ON oa.code = s.owner_code
                                      WHERE s.code = c.system_code AND oa.kind = ANY(CAST(:excludeOwnerKinds AS text[]))))
                  AND (:allSubjects OR c.agency_code = ANY(CAST(:subjects AS text[])))""".formatted(CLOCKS, SystemFacts.SYSTEM.name(), AgencyFacts.AGENCY.name());
        return new RuleQuery(sql, params);
    }
}
