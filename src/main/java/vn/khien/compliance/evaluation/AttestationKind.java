package vn.khien.compliance.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.khien.compliance.SubjectType;
import vn.khien.compliance.domain.RuleDefinition;

/**
 * An agency attests something with evidence and the coordinator accepts it: the coordination
 * regulation between the coordinator, police and military command ({@code fact: attestation} with
 * {@code attestationKind}, valid for {@code validMonths} when given), or a telecom operator's
 * child-online-protection measures ({@code fact: telecom-measure}: at least one measure in place
 * with evidence).
 */
@Component
class AttestationKind implements RuleKind {

    static final String TELECOM_MEASURES = "registers.published_telecom_measure";

    @Override
    public String name() {
        return "attestation";
    }

    @Override
    public List<String> sources(RuleDefinition rule) {
        if (rule.subject() != SubjectType.AGENCY) {
            throw rule.params().problem("subject", "must be AGENCY");
        }
        return switch (rule.params().text("fact")) {
            case "attestation" -> {
                rule.params().text("attestationKind");
                yield List.of(FixedDeadlineKind.ATTESTATIONS);
            }
            case "telecom-measure" -> List.of(TELECOM_MEASURES);
            default -> throw rule.params().problem("fact", "must be attestation or telecom-measure");
        };
    }

    @Override
    public RuleQuery query(RuleDefinition rule, EvaluationDay day) {
        Map<String, Object> params = new HashMap<>();
        String population = Populations.agencies(rule, params);
        if (rule.params().text("fact").equals("telecom-measure")) {
            return new RuleQuery(telecomMeasures(population), params);
        }
        params.put("attestationKind", rule.params().text("attestationKind"));
        params.put("validMonths", rule.params().integer("validMonths", 1200));
        String sql = """
                SELECT 'AGENCY' AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       x.attested_on AS period_start,
                       CAST(x.attested_on + make_interval(months => :validMonths) AS date) AS period_end,
                       CAST(NULL AS date) AS due_date,
                       CASE WHEN x.status = 'ACCEPTED' AND x.decided_on <= :asOf
                                 AND x.attested_on + make_interval(months => :validMonths) >= :asOf THEN 'MET'
                            WHEN x.status = 'ACCEPTED' AND x.decided_on <= :asOf THEN 'OVERDUE'
                            WHEN x.status IS NOT NULL AND x.status <> 'REJECTED' THEN 'DUE'
                            ELSE 'VIOLATED' END AS status,
                       CASE WHEN x.status IS NULL THEN 'compliance.reason.attestation-missing'
                            WHEN x.status = 'REJECTED' THEN 'compliance.reason.attestation-rejected'
                            WHEN x.status = 'ACCEPTED' AND x.decided_on <= :asOf
                                 AND x.attested_on + make_interval(months => :validMonths) >= :asOf
                                THEN 'compliance.reason.attestation-accepted'
                            WHEN x.status = 'ACCEPTED' AND x.decided_on <= :asOf THEN 'compliance.reason.attestation-lapsed'
                            ELSE 'compliance.reason.attestation-pending' END AS reason_key,
                       CASE WHEN x.status IS NULL THEN CAST(ARRAY[] AS text[])
                            ELSE ARRAY[to_char(x.attested_on, 'DD/MM/YYYY')] END AS reason_args,
                       CASE WHEN x.status IS NOT NULL THEN 'attestation:' || x.attestation_id END AS evidence
                FROM %s p
                LEFT JOIN (SELECT DISTINCT ON (x.agency_code) x.agency_code, x.attestation_id, x.attested_on, x.status,
                                  x.decided_on
                           FROM registers.published_attestation x
                           WHERE x.kind = :attestationKind AND x.attested_on <= :asOf
                             AND (:allSubjects OR x.agency_code = ANY(CAST(:subjects AS text[])))
                           ORDER BY x.agency_code, x.attested_on DESC) x ON x.agency_code = p.subject_code""".formatted(population);
        return new RuleQuery(sql, params);
    }

    private static String telecomMeasures(String population) {
        return """
                SELECT 'AGENCY' AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       CAST(NULL AS date) AS period_start, CAST(NULL AS date) AS period_end,
                       CAST(NULL AS date) AS due_date,
                       CASE WHEN m.with_evidence > 0 THEN 'MET' WHEN m.total > 0 THEN 'DUE' ELSE 'VIOLATED' END AS status,
                       CASE WHEN m.with_evidence > 0 THEN 'compliance.reason.measures-in-place'
                            WHEN m.total > 0 THEN 'compliance.reason.measures-without-evidence'
                            ELSE 'compliance.reason.measures-missing' END AS reason_key,
                       ARRAY[CAST(coalesce(m.total, 0) AS text)] AS reason_args,
                       CAST(NULL AS text) AS evidence
                FROM %s p
                LEFT JOIN (SELECT m.agency_code, count(*) AS total, count(*) FILTER (WHERE m.evidence_present) AS with_evidence
                           FROM registers.published_telecom_measure m
                           WHERE m.since <= :asOf AND (:allSubjects OR m.agency_code = ANY(CAST(:subjects AS text[])))
                           GROUP BY m.agency_code) m ON m.agency_code = p.subject_code""".formatted(population);
    }
}
