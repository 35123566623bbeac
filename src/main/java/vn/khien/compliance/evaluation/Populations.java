package vn.khien.compliance.evaluation;

import java.util.Map;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.compliance.domain.RuleDefinition;
import vn.khien.systems.facts.SystemFacts;

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
 * e-government system too ({@code orEGovernment}), of the system types it names ({@code systemTypes}),
 * only online public service or e-government systems ({@code onlineServiceOrEGovernment}: Decree 85 Art.
 * 20.2.đ; the registry marks online public services as type {@code CITIZEN_SERVICE}).
 * Owners of the kinds a text leaves out of its scope ({@code excludeOwnerKinds}, usually from the pack's
 * {@code scope}: police and military systems under Decision 05, Circulars 03, 20 and 31) are not counted,
 * neither as agencies nor as owners of systems.
 */
final class Populations {

    private Populations() {}

    static String agencies(RuleDefinition rule, Map<String, Object> params) {
        params.put("agencyKinds", rule.params().texts("agencyKinds").toArray(String[]::new));
        params.put("excludeOwnerKinds", excludedOwnerKinds(rule));
        String ownersOnly = rule.params().text("ownersOnly", "false").equals("true")
                ? " AND EXISTS (SELECT 1 FROM " + SystemFacts.SYSTEM.name() + " o"
                        + " WHERE o.owner_code = a.code AND o.status = 'IN_OPERATION'"
                        + " AND (cardinality(CAST(:ownedLevels AS int[])) = 0"
                        + " OR o.approved_level = ANY(CAST(:ownedLevels AS int[]))))"
                : "";
        params.put("ownedLevels", rule.params().integers("ownedLevels").toArray(Integer[]::new));
        // a duty of the coordinator that exists only while the province has systems of those levels
        String provinceHas = rule.params().integers("provinceHasLevels").isEmpty()
                ? ""
                : " AND EXISTS (SELECT 1 FROM " + SystemFacts.SYSTEM.name() + " o WHERE o.status = 'IN_OPERATION'"
                        + " AND o.approved_level = ANY(CAST(:provinceHasLevels AS int[])))";
        params.put(
                "provinceHasLevels", rule.params().integers("provinceHasLevels").toArray(Integer[]::new));
        return """
                (SELECT a.code AS subject_code, a.code AS agency_code, a.registered_on
                 FROM %s a
                 WHERE a.status = 'ACTIVE'
                   AND (cardinality(CAST(:agencyKinds AS text[])) = 0 OR a.kind = ANY(CAST(:agencyKinds AS text[])))
                   AND NOT a.kind = ANY(CAST(:excludeOwnerKinds AS text[]))
                   AND (:allSubjects OR a.code = ANY(CAST(:subjects AS text[])))%s%s)""".formatted(AgencyFacts.AGENCY.name(), ownersOnly, provinceHas);
    }

    static String systems(RuleDefinition rule, Map<String, Object> params) {
        params.put("levels", rule.params().integers("levels").toArray(Integer[]::new));
        var statuses = rule.params().texts("statuses");
        params.put(
                "statuses", (statuses.isEmpty() ? java.util.List.of("IN_OPERATION") : statuses).toArray(String[]::new));
        params.put("orEGovernment", rule.params().text("orEGovernment", "false").equals("true"));
        params.put("excludeOwnerKinds", excludedOwnerKinds(rule));
        params.put("systemTypes", rule.params().texts("systemTypes").toArray(String[]::new));
        params.put(
                "onlineOrEGovernment",
                rule.params().text("onlineServiceOrEGovernment", "false").equals("true"));
        return """
                (SELECT s.code AS subject_code, s.owner_code AS agency_code, s.approved_level AS level,
                        s.level_approved_on, k.known_since AS registered_on, s.status, s.monitoring_connected,
                        s.monitoring_since
                 FROM %s s
                 CROSS JOIN LATERAL (SELECT least(s.registered_on, s.level_approved_on) AS known_since) k
                 WHERE s.status = ANY(CAST(:statuses AS text[])) AND k.known_since <= :asOf
                   AND (cardinality(CAST(:levels AS int[])) = 0 OR s.approved_level = ANY(CAST(:levels AS int[]))
                        OR (:orEGovernment AND s.e_government))
                   AND (cardinality(CAST(:systemTypes AS text[])) = 0 OR s.type = ANY(CAST(:systemTypes AS text[])))
                   AND (NOT :onlineOrEGovernment OR s.e_government OR s.type = 'CITIZEN_SERVICE')
                   AND (cardinality(CAST(:excludeOwnerKinds AS text[])) = 0
                        OR NOT EXISTS (SELECT 1 FROM %s oa WHERE oa.code = s.owner_code
                                       AND oa.kind = ANY(CAST(:excludeOwnerKinds AS text[]))))
                   AND (:allSubjects OR s.code = ANY(CAST(:subjects AS text[]))))""".formatted(SystemFacts.SYSTEM.name(), AgencyFacts.AGENCY.name());
    }

    /** Owner kinds outside the text's scope (the rule's own, or its pack's {@code scope}). */
    static String[] excludedOwnerKinds(RuleDefinition rule) {
        return rule.params().texts("excludeOwnerKinds").toArray(String[]::new);
    }

    static String of(RuleDefinition rule, Map<String, Object> params) {
        return switch (rule.subject()) {
            case AGENCY -> agencies(rule, params);
            case SYSTEM -> systems(rule, params);
        };
    }
}
