package vn.khien.scoring.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.agencies.FocalPointRole;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.ObligationTallies;
import vn.khien.scoring.Formula;
import vn.khien.scoring.domain.CriteriaSet;
import vn.khien.scoring.domain.Criterion;
import vn.khien.scoring.domain.Ratio;
import vn.khien.shared.EnumSql;

/**
 * Counts what the automatic criteria need for every agency at once, as of the cut-off date: one
 * statement per formula over all agencies (the obligation counts come from compliance's tallies).
 * Systems count while in operation and known by the cut-off (registered or approved by then), as the
 * compliance rules count them.
 */
@Component
class AutomaticRatios {

    private static final Set<ObligationStatus> AGAINST =
            Set.of(ObligationStatus.LATE, ObligationStatus.VIOLATED, ObligationStatus.OVERDUE);

    private final JdbcClient jdbc;
    private final ObligationTallies tallies;

    AutomaticRatios(JdbcClient jdbc, ObligationTallies tallies) {
        this.jdbc = jdbc;
        this.tallies = tallies;
    }

    /** Per automatic criterion's code, per agency code; criteria with the same formula and rules share one count. */
    Map<String, Map<String, Ratio>> count(CriteriaSet set, Collection<String> agencies, LocalDate cutOff) {
        Map<Counted, Map<String, Ratio>> counts = new HashMap<>();
        Map<String, Map<String, Ratio>> ratios = new HashMap<>();
        set.criteria()
                .filter(Criterion::automatic)
                .forEach(c -> ratios.put(
                        c.code(),
                        counts.computeIfAbsent(
                                new Counted(c.formula(), c.rules()), counted -> count(counted, agencies, cutOff))));
        return ratios;
    }

    private record Counted(Formula formula, List<String> rules) {}

    private Map<String, Ratio> count(Counted counted, Collection<String> agencies, LocalDate cutOff) {
        String[] codes = agencies.toArray(String[]::new);
        return switch (counted.formula()) {
            case OBLIGATIONS_MET_ON_TIME -> obligations(agencies, cutOff, counted.rules());
            case SYSTEMS_LEVEL_APPROVED -> query(LEVEL_APPROVED, codes, cutOff);
            case LEVEL3_SYSTEMS_ASSESSED -> query(LEVEL3_ASSESSED, codes, cutOff);
            case FOCAL_POINTS_CURRENT -> query(FOCAL_POINTS, codes, cutOff);
            case FINDINGS_CLOSED_ON_TIME -> query(FINDINGS_ON_TIME, codes, cutOff);
        };
    }

    /** MET counts for, LATE/VIOLATED/OVERDUE against; waived, not applicable, not followed, not evaluated and not yet due are left out. */
    private Map<String, Ratio> obligations(Collection<String> agencies, LocalDate cutOff, List<String> rules) {
        Map<String, Ratio> ratios = new HashMap<>();
        tallies.byAgency(cutOff, agencies, rules).forEach((agency, counts) -> {
            long met = counts.getOrDefault(ObligationStatus.MET, 0L);
            long against =
                    AGAINST.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
            ratios.put(agency, new Ratio(met, met + against));
        });
        return ratios;
    }

    private static final String KNOWN_SYSTEM = """
            s.owner_code = ANY(CAST(:codes AS text[])) AND s.status = 'IN_OPERATION'
            AND least(s.registered_on, s.level_approved_on) <= :cutOff""";

    private static final String LEVEL_APPROVED = """
            SELECT s.owner_code AS agency,
                   count(*) FILTER (WHERE s.approved_level IS NOT NULL AND s.level_approved_on <= :cutOff) AS counted,
                   count(*) AS countable
              FROM %s s
             WHERE %s
             GROUP BY s.owner_code""".formatted(PublishedFacts.SYSTEMS, KNOWN_SYSTEM);

    private static final String LEVEL3_ASSESSED =
            """
            SELECT s.owner_code AS agency,
                   count(*) FILTER (WHERE EXISTS (
                       SELECT 1 FROM %s r
                        WHERE r.system_code = s.code
                          AND r.completed_on BETWEEN make_date(CAST(extract(year FROM CAST(:cutOff AS date)) AS int), 1, 1)
                                                 AND :cutOff)) AS counted,
                   count(*) AS countable
              FROM %s s
             WHERE %s AND s.approved_level >= 3 AND s.level_approved_on <= :cutOff
             GROUP BY s.owner_code""".formatted(PublishedFacts.ASSESSMENT_RESULTS, PublishedFacts.SYSTEMS, KNOWN_SYSTEM);

    private static final String FOCAL_POINTS = """
            SELECT c.code AS agency, count(DISTINCT f.role) AS counted, 2 AS countable
              FROM unnest(CAST(:codes AS text[])) AS c(code)
              LEFT JOIN %s f
                ON f.agency_code = c.code AND f.role IN %s
               AND f.valid_from <= :cutOff AND (f.valid_to IS NULL OR f.valid_to > :cutOff)
             GROUP BY c.code""".formatted(
            PublishedFacts.FOCAL_POINTS, EnumSql.in(FocalPointRole.SECURITY_UNIT, FocalPointRole.INCIDENT_CONTACT));

    /** A finding closed after the cut-off was still open on it: closed on time means by its due date and the cut-off. */
    private static final String FINDINGS_ON_TIME = """
            SELECT f.agency_code AS agency,
                   count(*) FILTER (WHERE f.closed_on IS NOT NULL AND f.closed_on <= f.due_on) AS counted,
                   count(*) AS countable
              FROM %s f
             WHERE f.agency_code = ANY(CAST(:codes AS text[])) AND f.due_on <= :cutOff
               AND f.risk_accepted_until IS NULL
             GROUP BY f.agency_code""".formatted(PublishedFacts.FINDINGS);

    private Map<String, Ratio> query(String sql, String[] codes, LocalDate cutOff) {
        Map<String, Ratio> ratios = new HashMap<>();
        jdbc.sql(sql)
                .param("codes", codes)
                .param("cutOff", cutOff)
                .query((rs, n) ->
                        ratios.put(rs.getString("agency"), new Ratio(rs.getLong("counted"), rs.getLong("countable"))))
                .list();
        return ratios;
    }
}
