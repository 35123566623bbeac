package vn.khien.compliance.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
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
    public Map<String, Map<ObligationStatus, Long>> byAgency(LocalDate day, Collection<String> agencyCodes) {
        Map<String, Map<ObligationStatus, Long>> tallies = new HashMap<>();
        if (agencyCodes.isEmpty()) {
            return tallies;
        }
        String table = tableFor(day);
        jdbc.sql("SELECT o.agency_code, o.status, count(*) AS n FROM " + table + " o"
                        + " WHERE o.agency_code = ANY(CAST(:codes AS text[])) GROUP BY o.agency_code, o.status")
                .param("codes", agencyCodes.toArray(String[]::new))
                .query((rs, n) -> tallies.computeIfAbsent(
                                rs.getString("agency_code"), k -> new EnumMap<>(ObligationStatus.class))
                        .put(ObligationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return tallies;
    }

    private String tableFor(LocalDate day) {
        if (day.equals(recompute.evaluatedOn())) {
            return "compliance.obligation";
        }
        jdbc.sql("CREATE TEMPORARY TABLE IF NOT EXISTS " + TEMPORARY + " (LIKE compliance.obligation) ON COMMIT DROP")
                .update();
        jdbc.sql("TRUNCATE " + TEMPORARY).update();
        evaluator.evaluateInto(TEMPORARY, catalogue.rulesOwedOn(day), day, recompute.soonDays(), Subjects.ALL);
        return TEMPORARY;
    }
}
