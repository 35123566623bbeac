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
 * Something valid for a time must be renewed before it lapses. {@code focal-point-confirmation}: the
 * current focal point ({@code role}) is re-confirmed every {@code months} — a provincial setting, no
 * text sets it for every agency: nothing is owed while it is empty. {@code signing-credential}:
 * the agency's active credentials ({@code activeStatuses}) are renewed before they expire, and none
 * stays active once flagged for revocation (its holder left) — Decree 68/2024.
 */
@Component
class ExpiryKind implements RuleKind {

    static final String CREDENTIALS = RegisterFacts.CREDENTIAL.name();

    @Override
    public String name() {
        return "expiry";
    }

    @Override
    public List<String> sources(RuleDefinition rule) {
        if (rule.subject() != SubjectType.AGENCY) {
            throw rule.params().problem("subject", "must be AGENCY");
        }
        return switch (rule.params().text("fact")) {
            case "focal-point-confirmation" -> {
                rule.params().text("role");
                if (rule.params().values().containsKey("months")) {
                    rule.params().integer("months");
                }
                yield List.of();
            }
            case "signing-credential" -> {
                if (rule.params().texts("activeStatuses").isEmpty()) {
                    throw rule.params().problem("activeStatuses", "must name the statuses of a credential in use");
                }
                yield List.of(CREDENTIALS);
            }
            default -> throw rule.params().problem("fact", "must be focal-point-confirmation or signing-credential");
        };
    }

    @Override
    public RuleQuery query(RuleDefinition rule, EvaluationDay day) {
        Map<String, Object> params = new HashMap<>();
        String population = Populations.agencies(rule, params);
        if (rule.params().text("fact").equals("signing-credential")) {
            params.put("activeStatuses", rule.params().texts("activeStatuses").toArray(String[]::new));
            return new RuleQuery(credentials(population), params);
        }
        params.put("role", rule.params().text("role"));
        // a provincial practice, not law: until the province sets the interval nothing is owed
        boolean set = rule.params().values().containsKey("months");
        params.put("months", rule.params().integer("months", 0));
        params.put("set", set);
        String sql = """
                SELECT {{AGENCY}} AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       f.confirmed_on AS period_start, d.due AS period_end, d.due AS due_date,
                       CASE WHEN d.due < :asOf THEN {{OVERDUE}} WHEN d.due - :soonDays <= :asOf THEN {{DUE_SOON}}
                            ELSE {{MET}} END AS status,
                       'compliance.reason.confirmed-on' AS reason_key,
                       ARRAY[to_char(f.confirmed_on, 'DD/MM/YYYY'), to_char(d.due, 'DD/MM/YYYY')] AS reason_args,
                       'focal-point:' || p.subject_code AS evidence
                FROM %s p
                JOIN (SELECT DISTINCT ON (f.agency_code) f.agency_code, f.confirmed_on FROM %s f
                      WHERE f.role = :role AND f.valid_from <= :asOf AND (f.valid_to IS NULL OR f.valid_to > :asOf)
                        AND (:allSubjects OR f.agency_code = ANY(CAST(:subjects AS text[])))
                      ORDER BY f.agency_code, f.valid_from DESC) f ON f.agency_code = p.subject_code
                CROSS JOIN LATERAL (SELECT CAST(f.confirmed_on + make_interval(months => :months) AS date) AS due) d
                WHERE :set""".formatted(population, AgencyFacts.FOCAL_POINT.name());
        return new RuleQuery(sql, params);
    }

    private static String credentials(String population) {
        return """
                SELECT {{AGENCY}} AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       CAST(NULL AS date) AS period_start, CAST(NULL AS date) AS period_end, c.next_expiry AS due_date,
                       CASE WHEN c.flagged > 0 THEN {{VIOLATED}} WHEN c.expired > 0 THEN {{OVERDUE}}
                            WHEN c.expiring > 0 THEN {{DUE_SOON}} ELSE {{MET}} END AS status,
                       CASE WHEN c.flagged > 0 THEN 'compliance.reason.credentials-flagged'
                            WHEN c.expired > 0 THEN 'compliance.reason.credentials-expired'
                            WHEN c.expiring > 0 THEN 'compliance.reason.credentials-expiring'
                            ELSE 'compliance.reason.credentials-valid' END AS reason_key,
                       ARRAY[CAST(c.active AS text), CAST(greatest(c.flagged, c.expired, c.expiring) AS text)] AS reason_args,
                       'credentials:' || p.subject_code AS evidence
                FROM %s p
                JOIN (SELECT c.agency_code,
                             count(*) AS active,
                             count(*) FILTER (WHERE c.revocation_flagged) AS flagged,
                             count(*) FILTER (WHERE c.valid_to < :asOf) AS expired,
                             count(*) FILTER (WHERE c.valid_to - :soonDays <= :asOf) AS expiring,
                             min(c.valid_to) FILTER (WHERE c.valid_to >= :asOf) AS next_expiry
                      FROM %s c
                      WHERE c.status = ANY(CAST(:activeStatuses AS text[]))
                        AND (:allSubjects OR c.agency_code = ANY(CAST(:subjects AS text[])))
                      GROUP BY c.agency_code) c ON c.agency_code = p.subject_code""".formatted(population, CREDENTIALS);
    }
}
