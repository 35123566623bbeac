package vn.khien.compliance.evaluation;

import java.util.Map;
import vn.khien.compliance.domain.RuleDefinition;

/**
 * Who a rule applies to, as SQL over the registry's published views. An agency counts whenever it is
 * active: it existed long before it was entered here (its registration only starts grace periods). A
 * system counts from the day it
 * is known to exist: its registration here, or its level decision if earlier (systems approved before
 * the platform existed are registered with their decision). Agencies: active ones of the
 * kinds the rule names ({@code agencyKinds}, all when absent), optionally only owners of systems in
 * operation ({@code ownersOnly}) of the levels named ({@code ownedLevels}), or only while the province has
 * systems of some levels ({@code provinceHasLevels}: the coordinator's level 5 report). Systems: those of the levels it names
 * ({@code levels}), in operation unless it names other {@code statuses}, optionally every
 * e-government system too ({@code orEGovernment}).
 */
final class Populations {

    private Populations() {}

    static String agencies(RuleDefinition rule, Map<String, Object> params) {
        params.put("agencyKinds", rule.params().texts("agencyKinds").toArray(String[]::new));
        String ownersOnly = rule.params().text("ownersOnly", "false").equals("true")
                ? " AND EXISTS (SELECT 1 FROM systems.published_system o"
                        + " WHERE o.owner_code = a.code AND o.status = 'IN_OPERATION'"
                        + " AND (cardinality(CAST(:ownedLevels AS int[])) = 0"
                        + " OR o.approved_level = ANY(CAST(:ownedLevels AS int[]))))"
                : "";
        params.put("ownedLevels", rule.params().integers("ownedLevels").toArray(Integer[]::new));
        // a duty of the coordinator that exists only while the province has systems of those levels
        String provinceHas = rule.params().integers("provinceHasLevels").isEmpty()
                ? ""
                : " AND EXISTS (SELECT 1 FROM systems.published_system o WHERE o.status = 'IN_OPERATION'"
                        + " AND o.approved_level = ANY(CAST(:provinceHasLevels AS int[])))";
        params.put(
                "provinceHasLevels", rule.params().integers("provinceHasLevels").toArray(Integer[]::new));
        return """
                (SELECT a.code AS subject_code, a.code AS agency_code, a.registered_on
                 FROM agencies.published_agency a
                 WHERE a.status = 'ACTIVE'
                   AND (cardinality(CAST(:agencyKinds AS text[])) = 0 OR a.kind = ANY(CAST(:agencyKinds AS text[])))
                   AND (:allSubjects OR a.code = ANY(CAST(:subjects AS text[])))%s%s)""".formatted(ownersOnly, provinceHas);
    }

    static String systems(RuleDefinition rule, Map<String, Object> params) {
        params.put("levels", rule.params().integers("levels").toArray(Integer[]::new));
        var statuses = rule.params().texts("statuses");
        params.put(
                "statuses", (statuses.isEmpty() ? java.util.List.of("IN_OPERATION") : statuses).toArray(String[]::new));
        params.put("orEGovernment", rule.params().text("orEGovernment", "false").equals("true"));
        return """
                (SELECT s.code AS subject_code, s.owner_code AS agency_code, s.approved_level AS level,
                        s.level_approved_on, k.known_since AS registered_on, s.status, s.monitoring_connected,
                        s.monitoring_since
                 FROM systems.published_system s
                 CROSS JOIN LATERAL (SELECT least(s.registered_on, s.level_approved_on) AS known_since) k
                 WHERE s.status = ANY(CAST(:statuses AS text[])) AND k.known_since <= :asOf
                   AND (cardinality(CAST(:levels AS int[])) = 0 OR s.approved_level = ANY(CAST(:levels AS int[]))
                        OR (:orEGovernment AND s.e_government))
                   AND (:allSubjects OR s.code = ANY(CAST(:subjects AS text[]))))""";
    }

    static String of(RuleDefinition rule, Map<String, Object> params) {
        return switch (rule.subject()) {
            case AGENCY -> agencies(rule, params);
            case SYSTEM -> systems(rule, params);
        };
    }
}
