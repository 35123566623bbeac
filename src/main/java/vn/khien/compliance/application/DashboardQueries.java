package vn.khien.compliance.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.compliance.ObligationStatus;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyScope;
import vn.khien.shared.EnumSql;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/**
 * The province dashboard's figures, each one statement within the viewer's scope: the rate by agency
 * kind, the heat map agency × rule, and the trend from the daily snapshots (province-wide only: a
 * snapshot counts the whole province).
 */
@Service
public class DashboardQueries {

    /** Worst first: a cell of the heat map takes the worst status among its obligations. */
    static final String SEVERITY = EnumSql.array(
            ObligationStatus.VIOLATED,
            ObligationStatus.OVERDUE,
            ObligationStatus.DUE_SOON,
            ObligationStatus.NOT_EVALUATED,
            ObligationStatus.DUE,
            ObligationStatus.NOT_FOLLOWED,
            ObligationStatus.LATE,
            ObligationStatus.WAIVED,
            ObligationStatus.MET,
            ObligationStatus.NOT_APPLICABLE);

    private static final String SCOPE = "(:seeAll OR o.agency_code = ANY(CAST(:scope AS text[])))";

    /** Obligations of one agency kind by status. */
    public record KindSummary(String kind, Map<ObligationStatus, Long> counts) {

        public long count(ObligationStatus status) {
            return counts.getOrDefault(status, 0L);
        }

        public long overdue() {
            return count(ObligationStatus.OVERDUE);
        }

        public long violated() {
            return count(ObligationStatus.VIOLATED);
        }

        public long late() {
            return count(ObligationStatus.LATE);
        }

        public long notFollowed() {
            return count(ObligationStatus.NOT_FOLLOWED);
        }

        public Integer ratePercent() {
            return Rates.percent(counts);
        }
    }

    /**
     * One row of the heat map: an agency, how many of its obligations are behind (violated or overdue)
     * and, per rule, the worst status of its obligations.
     */
    public record HeatRow(String agencyCode, String agencyName, long behind, Map<String, ObligationStatus> cells) {}

    /** A page of heat map rows and the rules that make its columns. */
    public record HeatMap(List<String> rules, PageResponse<HeatRow> rows) {}

    /** The figures at the top of the province dashboard: every obligation in scope, and the agencies behind. */
    public record Headline(KindSummary all, long agenciesBehind) {}

    /** Statuses that put an agency behind: what it owed and has not done in time. */
    static final String[] BEHIND = {ObligationStatus.VIOLATED.name(), ObligationStatus.OVERDUE.name()};

    /** One day of the trend: the province's rate and the number overdue. */
    public record TrendPoint(LocalDate day, Integer ratePercent, long overdue) {}

    private final JdbcClient jdbc;
    private final AccessPolicy access;

    DashboardQueries(JdbcClient jdbc, AccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<KindSummary> byAgencyKind() {
        AgencyScope scope = access.currentScope();
        Map<String, Map<ObligationStatus, Long>> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT coalesce(a.kind, 'UNKNOWN') AS kind, o.status, count(*) AS n FROM compliance.obligation o"
                        + " LEFT JOIN " + AgencyFacts.AGENCY.name() + " a ON a.code = o.agency_code WHERE " + SCOPE
                        + " GROUP BY 1, 2 ORDER BY 1")
                .param("seeAll", scope.allAgencies())
                .param("scope", scope.agencyCodes().toArray(String[]::new))
                .query((rs, n) -> counts.computeIfAbsent(
                                rs.getString("kind"), k -> new EnumMap<>(ObligationStatus.class))
                        .put(ObligationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts.entrySet().stream()
                .map(e -> new KindSummary(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * Every obligation in scope by status (the sum of {@link #byAgencyKind}, which the dashboard has
     * already read), and how many agencies have one violated or overdue.
     */
    @Transactional(readOnly = true)
    public Headline headline(List<KindSummary> kinds) {
        Map<ObligationStatus, Long> all = new EnumMap<>(ObligationStatus.class);
        kinds.forEach(k -> k.counts().forEach((status, n) -> all.merge(status, n, Long::sum)));
        AgencyScope scope = access.currentScope();
        long behind = jdbc.sql("SELECT count(DISTINCT o.agency_code) FROM compliance.obligation o"
                        + " WHERE o.status = ANY(:behind) AND " + SCOPE)
                .param("behind", BEHIND)
                .param("seeAll", scope.allAgencies())
                .param("scope", scope.agencyCodes().toArray(String[]::new))
                .query(Long.class)
                .single();
        return new Headline(new KindSummary("ALL", all), behind);
    }

    /**
     * Agencies worst first (most obligations violated or overdue), then in Vietnamese name order,
     * optionally of one kind or matching a search (accents ignored), a page at a time.
     */
    @Transactional(readOnly = true)
    public HeatMap heatMap(String kind, String search, Paging paging) {
        AgencyScope scope = access.currentScope();
        long[] total = {0};
        Map<String, HeatRow> rows = new LinkedHashMap<>();
        List<String> rules = new ArrayList<>();
        jdbc.sql("""
                        WITH counted AS (
                            SELECT o.agency_code, count(*) FILTER (WHERE o.status = ANY(:behind)) AS behind
                            FROM compliance.obligation o WHERE %s GROUP BY o.agency_code),
                        page AS (
                            SELECT a.code, a.name, c.behind, count(*) OVER () AS total
                            FROM counted c JOIN %s a ON a.code = c.agency_code
                            WHERE (CAST(:kind AS text) IS NULL OR a.kind = :kind)
                              AND (CAST(:search AS text) IS NULL
                                   OR public.search_key(a.code || ' ' || a.name) LIKE '%%' || public.search_key(:search) || '%%')
                            ORDER BY c.behind DESC, a.name COLLATE public.vietnamese, a.code LIMIT :limit OFFSET :offset)
                        SELECT p.code, p.name, p.behind, p.total, o.rule_id,
                               (%s)[min(array_position(%s, o.status))] AS worst
                        FROM page p JOIN compliance.obligation o ON o.agency_code = p.code
                        GROUP BY p.code, p.name, p.behind, p.total, o.rule_id
                        ORDER BY p.behind DESC, p.name COLLATE public.vietnamese, p.code, o.rule_id""".formatted(SCOPE, AgencyFacts.AGENCY.name(), SEVERITY, SEVERITY))
                .param("behind", BEHIND)
                .param("seeAll", scope.allAgencies())
                .param("scope", scope.agencyCodes().toArray(String[]::new))
                .param("kind", kind)
                .param("search", search)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    String rule = rs.getString("rule_id");
                    String name = rs.getString("name");
                    long behind = rs.getLong("behind");
                    if (!rules.contains(rule)) {
                        rules.add(rule);
                    }
                    return rows.computeIfAbsent(
                                    rs.getString("code"),
                                    code -> new HeatRow(code, name, behind, new LinkedHashMap<>()))
                            .cells()
                            .put(rule, ObligationStatus.valueOf(rs.getString("worst")));
                })
                .list();
        rules.sort(null);
        return new HeatMap(
                rules, new PageResponse<>(List.copyOf(rows.values()), paging.page(), paging.size(), total[0]));
    }

    /** The province's rate and overdue count per day over the last days, oldest first. */
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(LocalDate to, int days) {
        if (!access.currentScope().allAgencies()) {
            return List.of();
        }
        Map<LocalDate, Map<ObligationStatus, Long>> byDay = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT day, status, sum(obligations) AS n FROM compliance.obligation_snapshot
                        WHERE day > :from AND day <= :to GROUP BY day, status ORDER BY day""")
                .param("from", to.minusDays(days))
                .param("to", to)
                .query((rs, n) -> byDay.computeIfAbsent(
                                rs.getObject("day", LocalDate.class), d -> new EnumMap<>(ObligationStatus.class))
                        .put(ObligationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return byDay.entrySet().stream()
                .map(e -> new TrendPoint(
                        e.getKey(),
                        Rates.percent(e.getValue()),
                        e.getValue().getOrDefault(ObligationStatus.OVERDUE, 0L)))
                .toList();
    }
}
