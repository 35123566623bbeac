package vn.khien.compliance.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.ObligationTallies;
import vn.khien.compliance.evaluation.ObligationEvaluator;
import vn.khien.compliance.evaluation.Subjects;

/**
 * Counts obligations by agency and status in one statement. The day last evaluated reads the
 * obligation table; any other day evaluates every rule owed that day for the whole province into a
 * temporary table first (one statement per rule, as the nightly recompute does).
 */
@Service
class ObligationTallyQueries implements ObligationTallies {

    private static final String TEMPORARY = "obligation_tally_as_of";

    private final JdbcClient jdbc;
    private final ObligationRecompute recompute;
    private final PackCatalogue catalogue;
    private final ObligationEvaluator evaluator;
    private final org.springframework.context.MessageSource messages;

    ObligationTallyQueries(
            JdbcClient jdbc,
            ObligationRecompute recompute,
            PackCatalogue catalogue,
            ObligationEvaluator evaluator,
            org.springframework.context.MessageSource messages) {
        this.jdbc = jdbc;
        this.recompute = recompute;
        this.catalogue = catalogue;
        this.evaluator = evaluator;
        this.messages = messages;
    }

    @Override
    @Transactional
    public java.util.List<vn.khien.compliance.ObligationLine> ofAgency(
            LocalDate day, String agencyCode, java.util.Set<ObligationStatus> statuses, java.util.Locale locale) {
        if (statuses.isEmpty()) {
            return java.util.List.of();
        }
        String table = tableFor(day);
        return jdbc.sql("""
                        SELECT o.*, coalesce(s.name, a.name, o.subject_code) AS subject_name
                          FROM %s o
                          LEFT JOIN %s s ON o.subject_type = 'SYSTEM' AND s.code = o.subject_code
                          LEFT JOIN %s a ON o.subject_type = 'AGENCY' AND a.code = o.subject_code
                         WHERE o.agency_code = :agency AND o.status = ANY(CAST(:statuses AS text[]))
                         ORDER BY array_position(%s, CAST(o.status AS text)), o.due_date NULLS LAST, o.rule_id, subject_name""".formatted(
                                table,
                                vn.khien.systems.facts.SystemFacts.SYSTEM.name(),
                                vn.khien.agencies.facts.AgencyFacts.AGENCY.name(),
                                ObligationStatus.sqlOrder()))
                .param("agency", agencyCode)
                .param("statuses", statuses.stream().map(Enum::name).toArray(String[]::new))
                .query((rs, n) -> {
                    var row = ObligationQueries.row(rs, n);
                    return new vn.khien.compliance.ObligationLine(
                            row.ruleId(),
                            catalogue.ruleTitle(row.ruleId(), day, locale),
                            rs.getString("subject_name"),
                            row.dueDate(),
                            ObligationStatus.valueOf(row.status()),
                            messages.getMessage(
                                    row.reasonKey(), ObligationQueries.arguments(row), row.reasonKey(), locale));
                })
                .list();
    }

    @Override
    @Transactional
    public Map<String, Map<ObligationStatus, Long>> byAgency(
            LocalDate day, Collection<String> agencyCodes, Collection<String> rules) {
        Map<String, Map<ObligationStatus, Long>> tallies = new HashMap<>();
        if (agencyCodes.isEmpty()) {
            return tallies;
        }
        String table = tableFor(day);
        jdbc.sql("SELECT o.agency_code, o.status, count(*) AS n FROM " + table + " o"
                        + " WHERE o.agency_code = ANY(CAST(:codes AS text[]))"
                        + " AND (cardinality(CAST(:rules AS text[])) = 0 OR o.rule_id LIKE ANY(CAST(:rules AS text[])))"
                        + " GROUP BY o.agency_code, o.status")
                .param("codes", agencyCodes.toArray(String[]::new))
                // rule ids hold letters, digits, dots and hyphens: only the pack prefix's star is a wildcard
                .param("rules", rules.stream().map(r -> r.replace("*", "%")).toArray(String[]::new))
                .query((rs, n) -> tallies.computeIfAbsent(
                                rs.getString("agency_code"), k -> new EnumMap<>(ObligationStatus.class))
                        .put(ObligationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return tallies;
    }

    @Override
    public boolean namesRules(String rule) {
        return catalogue.codes().stream()
                .flatMap(code -> catalogue.history(code).stream())
                .flatMap(version -> version.pack().rules().stream())
                .anyMatch(r -> named(r.id(), rule));
    }

    @Override
    public List<String> ruleTitles(Collection<String> rules, Locale locale) {
        return catalogue.codes().stream()
                .flatMap(code -> catalogue.history(code).stream().limit(1))
                .flatMap(latest -> latest.pack().rules().stream())
                .filter(r -> rules.stream().anyMatch(named -> named(r.id(), named)))
                .map(r -> r.title().in(locale))
                .distinct()
                .toList();
    }

    private static boolean named(String id, String rule) {
        return rule.endsWith(".*") ? id.startsWith(rule.substring(0, rule.length() - 1)) : id.equals(rule);
    }

    private String tableFor(LocalDate day) {
        if (day.equals(recompute.evaluatedOn())) {
            return "compliance.obligation";
        }
        jdbc.sql("CREATE TEMPORARY TABLE IF NOT EXISTS " + TEMPORARY + " (LIKE compliance.obligation) ON COMMIT DROP")
                .update();
        // several criteria of one campaign count different rules on the same day: evaluate the day once
        jdbc.sql("CREATE TEMPORARY TABLE IF NOT EXISTS " + TEMPORARY + "_day (day date) ON COMMIT DROP")
                .update();
        boolean evaluated = jdbc.sql("SELECT count(*) FROM " + TEMPORARY + "_day WHERE day = :day")
                        .param("day", day)
                        .query(Long.class)
                        .single()
                > 0;
        if (!evaluated) {
            jdbc.sql("TRUNCATE " + TEMPORARY + ", " + TEMPORARY + "_day").update();
            evaluator.evaluateInto(TEMPORARY, catalogue.rulesOwedOn(day), day, recompute.soonDays(), Subjects.ALL);
            jdbc.sql("INSERT INTO " + TEMPORARY + "_day VALUES (:day)")
                    .param("day", day)
                    .update();
        }
        return TEMPORARY;
    }
}
