package vn.khien.compliance.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.compliance.SubjectType;
import vn.khien.compliance.domain.RuleDefinition;
import vn.khien.registers.facts.RegisterFacts;

/**
 * An agency attests something with evidence and the coordinator accepts it: the coordination
 * regulation between the coordinator, police and military command ({@code fact: attestation} with
 * {@code attestationKind}, valid for {@code validMonths} when given), or a telecom operator's
 * child-online-protection measures ({@code fact: telecom-measure}: at least one measure in place
 * with evidence).
 */
@Component
class AttestationKind implements RuleKind {

    static final String TELECOM_MEASURES = RegisterFacts.TELECOM_MEASURE.name();

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
            case "change-notice" -> {
                rule.params().text("attestationKind");
                rule.params().text("role");
                rule.params().integer("dueDays");
                yield List.of(FixedDeadlineKind.ATTESTATIONS);
            }
            default -> throw rule.params().problem("fact", "must be attestation, telecom-measure or change-notice");
        };
    }

    @Override
    public RuleQuery query(RuleDefinition rule, EvaluationDay day) {
        Map<String, Object> params = new HashMap<>();
        String population = Populations.agencies(rule, params);
        if (rule.params().text("fact").equals("telecom-measure")) {
            return new RuleQuery(telecomMeasures(population), params);
        }
        if (rule.params().text("fact").equals("change-notice")) {
            params.put("attestationKind", rule.params().text("attestationKind"));
            params.put("role", rule.params().text("role"));
            params.put("dueDays", rule.params().integer("dueDays"));
            params.put("recipientRole", rule.params().text("recipientRole", ""));
            return new RuleQuery(changeNotices(population), params);
        }
        params.put("attestationKind", rule.params().text("attestationKind"));
        params.put("validMonths", rule.params().integer("validMonths", 1200));
        String sql = """
                SELECT {{AGENCY}} AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       x.attested_on AS period_start,
                       CAST(x.attested_on + make_interval(months => :validMonths) AS date) AS period_end,
                       CAST(NULL AS date) AS due_date,
                       CASE WHEN x.status = 'ACCEPTED' AND x.decided_on <= :asOf
                                 AND x.attested_on + make_interval(months => :validMonths) >= :asOf THEN {{MET}}
                            WHEN x.status = 'ACCEPTED' AND x.decided_on <= :asOf THEN {{OVERDUE}}
                            WHEN x.status IS NOT NULL AND x.status <> 'REJECTED' THEN {{DUE}}
                            ELSE {{VIOLATED}} END AS status,
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
                           FROM %s x
                           WHERE x.kind = :attestationKind AND x.attested_on <= :asOf
                             AND (:allSubjects OR x.agency_code = ANY(CAST(:subjects AS text[])))
                           ORDER BY x.agency_code, x.attested_on DESC) x ON x.agency_code = p.subject_code""".formatted(population, FixedDeadlineKind.ATTESTATIONS);
        return new RuleQuery(sql, params);
    }

    /**
     * Each appointment of the agency's focal point in {@code role} recorded here (on or after the agency's
     * registration: the contact given or changed, Circular 20 Art. 6.1.b: {@code cung cấp, cập nhật}) owes a
     * notice within {@code dueDays}, met by an accepted attestation of {@code attestationKind} dated on or
     * after the change; the recipient is the holder of {@code recipientRole} on the day of the change.
     */
    private static String changeNotices(String population) {
        return """
                SELECT {{AGENCY}} AS subject_type, p.subject_code, 'focal-point:' || to_char(f.valid_from, 'YYYY-MM-DD') AS item_ref,
                       p.agency_code, f.valid_from AS period_start, d.due AS period_end, d.due AS due_date,
                       CASE WHEN x.attested_on IS NOT NULL AND x.attested_on <= d.due THEN {{MET}}
                            WHEN x.attested_on IS NOT NULL THEN {{LATE}}
                            WHEN d.due < :asOf THEN {{OVERDUE}}
                            WHEN d.due - :soonDays <= :asOf THEN {{DUE_SOON}} ELSE {{DUE}} END AS status,
                       CASE WHEN x.attested_on IS NOT NULL AND x.attested_on <= d.due THEN 'compliance.reason.change-notice-sent'
                            WHEN x.attested_on IS NOT NULL THEN 'compliance.reason.change-notice-late'
                            ELSE 'compliance.reason.change-notice-open' END AS reason_key,
                       ARRAY[to_char(f.valid_from, 'DD/MM/YYYY'), to_char(d.due, 'DD/MM/YYYY'), coalesce(rc.name, ''),
                             coalesce(to_char(x.attested_on, 'DD/MM/YYYY'), '')] AS reason_args,
                       CASE WHEN x.attestation_id IS NOT NULL THEN 'attestation:' || x.attestation_id END AS evidence
                FROM %s p
                JOIN (SELECT f.agency_code, f.valid_from
                      FROM %s f
                      WHERE f.role = :role AND f.valid_from <= :asOf
                        AND (:allSubjects OR f.agency_code = ANY(CAST(:subjects AS text[])))) f
                  ON f.agency_code = p.subject_code AND f.valid_from >= p.registered_on
                CROSS JOIN LATERAL (SELECT CAST(f.valid_from + :dueDays AS date) AS due) d
                LEFT JOIN LATERAL (SELECT x.attestation_id, x.attested_on FROM %s x
                                   WHERE x.agency_code = p.subject_code AND x.kind = :attestationKind
                                     AND x.status = 'ACCEPTED' AND x.decided_on <= :asOf AND x.attested_on >= f.valid_from
                                   ORDER BY x.attested_on LIMIT 1) x ON true
                LEFT JOIN LATERAL (SELECT a.organisation_name AS name FROM compliance.authority a
                                   WHERE a.role = CAST(:recipientRole AS text) AND a.valid_from <= f.valid_from
                                     AND (a.valid_to IS NULL OR a.valid_to >= f.valid_from)
                                   ORDER BY a.valid_from DESC LIMIT 1) rc ON true""".formatted(population, AgencyFacts.FOCAL_POINT.name(), FixedDeadlineKind.ATTESTATIONS);
    }

    private static String telecomMeasures(String population) {
        return """
                SELECT {{AGENCY}} AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       CAST(NULL AS date) AS period_start, CAST(NULL AS date) AS period_end,
                       CAST(NULL AS date) AS due_date,
                       CASE WHEN m.with_evidence > 0 THEN {{MET}} WHEN m.total > 0 THEN {{DUE}} ELSE {{VIOLATED}} END AS status,
                       CASE WHEN m.with_evidence > 0 THEN 'compliance.reason.measures-in-place'
                            WHEN m.total > 0 THEN 'compliance.reason.measures-without-evidence'
                            ELSE 'compliance.reason.measures-missing' END AS reason_key,
                       ARRAY[CAST(coalesce(m.total, 0) AS text)] AS reason_args,
                       CAST(NULL AS text) AS evidence
                FROM %s p
                LEFT JOIN (SELECT m.agency_code, count(*) AS total, count(*) FILTER (WHERE m.evidence_present) AS with_evidence
                           FROM %s m
                           WHERE m.since <= :asOf AND (:allSubjects OR m.agency_code = ANY(CAST(:subjects AS text[])))
                           GROUP BY m.agency_code) m ON m.agency_code = p.subject_code""".formatted(population, TELECOM_MEASURES);
    }
}
