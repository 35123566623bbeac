package vn.khien.compliance.evaluation;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.compliance.SubjectType;
import vn.khien.compliance.domain.RuleDefinition;
import vn.khien.sharing.facts.SharingFacts;
import vn.khien.systems.facts.SystemFacts;

/**
 * Something must exist now: a current focal unit or incident contact (agency), a monitoring or other
 * service arrangement, an approved level, a connection to the national monitoring centre, or a
 * justification for every foreign security product (system). Missing means violated, except within
 * a grace period after registration ({@code graceDays}) or while a level dossier is in progress.
 */
@Component
class PresenceKind implements RuleKind {

    private final ZoneId zone;

    PresenceKind(Clock clock) {
        this.zone = clock.getZone();
    }

    @Override
    public String name() {
        return "presence";
    }

    @Override
    public List<String> sources(RuleDefinition rule) {
        if (rule.params().text("fact").equals("sharing-capability")) {
            if (rule.subject() != SubjectType.AGENCY) {
                throw rule.params().problem("fact", "does not apply to subject " + rule.subject());
            }
            return List.of(SharingFacts.NATIONAL_EXCHANGE.name());
        }
        var expected = switch (rule.params().text("fact")) {
            case "focal-point" -> SubjectType.AGENCY;
            case "service-arrangement", "approved-level", "national-connection", "domestic-products" ->
                SubjectType.SYSTEM;
            default ->
                throw rule.params()
                        .problem(
                                "fact",
                                "must be focal-point, service-arrangement, approved-level,"
                                        + " national-connection, domestic-products or sharing-capability");
        };
        if (expected != rule.subject()) {
            throw rule.params().problem("fact", "does not apply to subject " + rule.subject());
        }
        return List.of();
    }

    @Override
    public RuleQuery query(RuleDefinition rule, EvaluationDay day) {
        Map<String, Object> params = new HashMap<>();
        params.put("graceDays", rule.params().integer("graceDays", 0));
        String population = Populations.of(rule, params);
        String sql = switch (rule.params().text("fact")) {
            case "focal-point" -> {
                params.put("role", rule.params().text("role"));
                yield focalPoint(population);
            }
            case "service-arrangement" -> {
                params.put("service", rule.params().text("service"));
                yield arrangement(population);
            }
            case "approved-level" -> approvedLevel(population);
            case "sharing-capability" -> {
                // connected on the evaluated day or before it, that day counted in the province's zone
                params.put(
                        "dayAfter",
                        java.sql.Timestamp.from(
                                day.asOf().plusDays(1).atStartOfDay(zone).toInstant()));
                yield sharing(population);
            }
            case "national-connection" -> nationalConnection(population);
            default -> domesticProducts(population);
        };
        return new RuleQuery(sql, params);
    }

    private static String focalPoint(String population) {
        return """
                SELECT {{AGENCY}} AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       CAST(NULL AS date) AS period_start, CAST(NULL AS date) AS period_end,
                       CASE WHEN f.person_name IS NULL THEN p.registered_on + :graceDays END AS due_date,
                       CASE WHEN f.person_name IS NOT NULL THEN {{MET}}
                            WHEN p.registered_on + :graceDays >= :asOf THEN {{DUE}} ELSE {{VIOLATED}} END AS status,
                       CASE WHEN f.person_name IS NOT NULL THEN 'compliance.reason.focal-point-present'
                            ELSE 'compliance.reason.focal-point-missing' END AS reason_key,
                       CASE WHEN f.person_name IS NOT NULL THEN ARRAY[f.person_name, f.unit_name]
                            ELSE CAST(ARRAY[] AS text[]) END AS reason_args,
                       CASE WHEN f.person_name IS NOT NULL THEN 'focal-point:' || p.subject_code END AS evidence
                FROM %s p
                LEFT JOIN (SELECT DISTINCT ON (f.agency_code) f.agency_code, f.person_name, f.unit_name
                           FROM %s f
                           WHERE f.role = :role AND f.valid_from <= :asOf AND (f.valid_to IS NULL OR f.valid_to > :asOf)
                             AND (:allSubjects OR f.agency_code = ANY(CAST(:subjects AS text[])))
                           ORDER BY f.agency_code, f.valid_from DESC) f ON f.agency_code = p.subject_code""".formatted(population, AgencyFacts.FOCAL_POINT.name());
    }

    private static String arrangement(String population) {
        return """
                SELECT {{SYSTEM}} AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       CAST(NULL AS date) AS period_start, CAST(NULL AS date) AS period_end,
                       CASE WHEN a.found IS NULL THEN p.registered_on + :graceDays END AS due_date,
                       CASE WHEN a.found THEN {{MET}}
                            WHEN p.registered_on + :graceDays >= :asOf THEN {{DUE}} ELSE {{VIOLATED}} END AS status,
                       CASE WHEN a.found IS NULL THEN 'compliance.reason.arrangement-missing'
                            WHEN a.provider_code IS NULL THEN 'compliance.reason.arrangement-in-house'
                            ELSE 'compliance.reason.arrangement-provider' END AS reason_key,
                       CASE WHEN a.provider_code IS NOT NULL THEN ARRAY[a.provider_code]
                            ELSE CAST(ARRAY[] AS text[]) END AS reason_args,
                       CASE WHEN a.found THEN 'system:' || p.subject_code END AS evidence
                FROM %s p
                LEFT JOIN (SELECT DISTINCT ON (a.system_code) a.system_code, true AS found, a.provider_code
                           FROM %s a
                           WHERE a.service = :service AND a.valid_from <= :asOf AND (a.valid_to IS NULL OR a.valid_to >= :asOf)
                             AND (:allSubjects OR a.system_code = ANY(CAST(:subjects AS text[])))
                           ORDER BY a.system_code, a.provider_code NULLS FIRST) a ON a.system_code = p.subject_code""".formatted(population, SystemFacts.ARRANGEMENT.name());
    }

    private static String approvedLevel(String population) {
        return """
                SELECT {{SYSTEM}} AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       CAST(NULL AS date) AS period_start, CAST(NULL AS date) AS period_end,
                       CAST(NULL AS date) AS due_date,
                       CASE WHEN p.level IS NOT NULL THEN {{MET}}
                            WHEN d.status IS NOT NULL OR p.status = 'PLANNED' THEN {{DUE}} ELSE {{VIOLATED}} END AS status,
                       CASE WHEN p.level IS NOT NULL THEN 'compliance.reason.level-approved'
                            WHEN d.status IS NOT NULL THEN 'compliance.reason.dossier-in-progress'
                            WHEN p.status = 'PLANNED' THEN 'compliance.reason.level-before-operation'
                            ELSE 'compliance.reason.level-missing' END AS reason_key,
                       CASE WHEN p.level IS NOT NULL THEN ARRAY[CAST(p.level AS text)]
                            ELSE CAST(ARRAY[] AS text[]) END AS reason_args,
                       'system:' || p.subject_code AS evidence
                FROM %s p
                LEFT JOIN (SELECT DISTINCT ON (d.system_code) d.system_code, d.status FROM %s d
                           WHERE d.status NOT IN ('APPROVED', 'WITHDRAWN')
                             AND (:allSubjects OR d.system_code = ANY(CAST(:subjects AS text[])))
                           ORDER BY d.system_code) d ON d.system_code = p.subject_code""".formatted(population, SystemFacts.DOSSIER.name());
    }

    private static String nationalConnection(String population) {
        return """
                SELECT {{SYSTEM}} AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       CAST(NULL AS date) AS period_start, CAST(NULL AS date) AS period_end,
                       CAST(NULL AS date) AS due_date,
                       CASE WHEN p.monitoring_connected AND coalesce(p.monitoring_since, :asOf) <= :asOf
                            THEN {{MET}} ELSE {{VIOLATED}} END AS status,
                       CASE WHEN p.monitoring_connected AND coalesce(p.monitoring_since, :asOf) <= :asOf
                            THEN 'compliance.reason.connected' ELSE 'compliance.reason.not-connected' END AS reason_key,
                       CAST(ARRAY[] AS text[]) AS reason_args,
                       'system:' || p.subject_code AS evidence
                FROM %s p""".formatted(population);
    }

    private static String sharing(String population) {
        return """
                SELECT {{AGENCY}} AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       CAST(NULL AS date) AS period_start, CAST(NULL AS date) AS period_end, CAST(NULL AS date) AS due_date,
                       CASE WHEN x.since IS NOT NULL THEN {{MET}} ELSE {{VIOLATED}} END AS status,
                       CASE WHEN x.since IS NOT NULL THEN 'compliance.reason.connected'
                            ELSE 'compliance.reason.not-connected' END AS reason_key,
                       CAST(ARRAY[] AS text[]) AS reason_args, CAST(NULL AS text) AS evidence
                FROM %s p
                LEFT JOIN (SELECT min(x.connected_since) AS since FROM %s x WHERE x.connected_since < :dayAfter) x
                       ON x.since IS NOT NULL""".formatted(population, SharingFacts.NATIONAL_EXCHANGE.name());
    }

    private static String domesticProducts(String population) {
        return """
                SELECT {{SYSTEM}} AS subject_type, p.subject_code, '' AS item_ref, p.agency_code,
                       CAST(NULL AS date) AS period_start, CAST(NULL AS date) AS period_end,
                       CAST(NULL AS date) AS due_date,
                       CASE WHEN f.names IS NULL THEN {{MET}} ELSE {{VIOLATED}} END AS status,
                       CASE WHEN f.names IS NULL THEN 'compliance.reason.products-justified'
                            ELSE 'compliance.reason.foreign-unjustified' END AS reason_key,
                       CASE WHEN f.names IS NULL THEN CAST(ARRAY[] AS text[]) ELSE ARRAY[f.names] END AS reason_args,
                       'system:' || p.subject_code AS evidence
                FROM %s p
                LEFT JOIN (SELECT pr.system_code, string_agg(pr.product, ', ' ORDER BY pr.product) AS names
                           FROM %s pr
                           WHERE pr.origin = 'FOREIGN' AND coalesce(btrim(pr.justification), '') = ''
                             AND (:allSubjects OR pr.system_code = ANY(CAST(:subjects AS text[])))
                           GROUP BY pr.system_code) f ON f.system_code = p.subject_code""".formatted(population, SystemFacts.PRODUCT.name());
    }
}
