package vn.khien.reports.application;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.identity.Viewer;
import vn.khien.reports.ReportKind;
import vn.khien.reports.ReportStatus;
import vn.khien.reports.domain.ReportPeriod;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/**
 * Lists of reports, each one statement over the set, paged and scoped: the latest version of each report
 * the viewer may see; and the coordinator's board of a year's agency reports, every agency that owes one
 * with its report's state (on time, late, not submitted).
 */
@Service
public class ReportQueries {

    private static final String LATEST = """
            SELECT DISTINCT ON (r.kind, r.agency_code, r.year, coalesce(r.half, 0)) r.*
              FROM reports.report r
             ORDER BY r.kind, r.agency_code, r.year, coalesce(r.half, 0), r.report_version DESC""";

    /** The agency kinds that owe the annual report (ct14.agency-annual-report). */
    private static final String OWING_KINDS =
            "('PROVINCIAL_DEPARTMENT','DISTRICT_COMMITTEE','COMMUNE_COMMITTEE','PUBLIC_SERVICE_UNIT',"
                    + "'PROVINCIAL_POLICE','MILITARY_COMMAND','TELECOM_OPERATOR')";

    private final JdbcClient jdbc;
    private final ReportAccess access;
    private final Clock clock;

    ReportQueries(JdbcClient jdbc, ReportAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<ReportLine> list(ReportFilter filter, Paging paging) {
        Viewer viewer = access.participant();
        String where = """
                 WHERE (:all OR r.agency_code = ANY(CAST(:scope AS text[])))
                   AND (CAST(:kind AS text) IS NULL OR r.kind = :kind)
                   AND (CAST(:agency AS text) IS NULL OR r.agency_code = :agency)
                   AND (CAST(:year AS integer) IS NULL OR r.year = :year)
                   AND (CAST(:status AS text) IS NULL OR r.status = :status)
                   AND (CAST(:agencyKind AS text) IS NULL OR a.kind = :agencyKind)""";
        String from = "FROM (" + LATEST + ") r LEFT JOIN " + AgencyFacts.AGENCY.name() + " a ON a.code = r.agency_code";
        Map<String, Object> params = params(viewer, filter);
        long total = jdbc.sql("SELECT count(*) " + from + "\n" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        List<ReportLine> lines = jdbc.sql("SELECT r.*, coalesce(a.name, r.agency_code) AS agency_name " + from + "\n"
                        + where + " ORDER BY r.year DESC, a.name, r.kind, r.half LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> line(rs, LocalDate.now(clock)))
                .list();
        return new PageResponse<>(lines, paging.page(), paging.size(), total);
    }

    /** The year's agency reports, every owing agency listed: who reported on time, late, not at all. */
    @Transactional(readOnly = true)
    public PageResponse<ReportLine> board(int year, ReportFilter filter, Paging paging) {
        Viewer viewer = access.participant();
        Map<String, Object> params = params(
                viewer,
                new ReportFilter(
                        ReportKind.AGENCY_ANNUAL, filter.agency(), year, filter.status(), filter.agencyKind()));
        String from = """
                FROM %s a
                LEFT JOIN (%s) r ON r.agency_code = a.code AND r.kind = 'AGENCY_ANNUAL' AND r.year = :year
                WHERE a.status = 'ACTIVE' AND (a.kind IN %s OR r.id IS NOT NULL)
                  AND (:all OR a.code = ANY(CAST(:scope AS text[])))
                  AND (CAST(:agency AS text) IS NULL OR a.code = :agency)
                  AND (CAST(:status AS text) IS NULL OR r.status = :status)
                  AND (CAST(:agencyKind AS text) IS NULL OR a.kind = :agencyKind)""".formatted(AgencyFacts.AGENCY.name(), LATEST, OWING_KINDS);
        long total = jdbc.sql("SELECT count(*) " + from)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        List<ReportLine> lines = jdbc.sql("""
                        SELECT r.id, 'AGENCY_ANNUAL' AS kind, a.code AS agency_code, a.name AS agency_name, :year AS year,
                               NULL AS half, r.report_version, r.status, r.submitted_on %s
                         ORDER BY (r.status IS NULL) DESC, r.submitted_on NULLS FIRST, a.name LIMIT :limit OFFSET :offset""".formatted(from))
                .params(params)
                .query((rs, n) -> line(rs, LocalDate.now(clock)))
                .list();
        return new PageResponse<>(lines, paging.page(), paging.size(), total);
    }

    private static Map<String, Object> params(Viewer viewer, ReportFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("all", viewer.seesEveryAgency());
        params.put("scope", viewer.scope().agencyCodes().toArray(String[]::new));
        params.put("kind", filter.kind() == null ? null : filter.kind().name());
        params.put(
                "agency",
                filter.agency() == null || filter.agency().isBlank()
                        ? null
                        : filter.agency().strip());
        params.put("year", filter.year());
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put(
                "agencyKind",
                filter.agencyKind() == null ? null : filter.agencyKind().name());
        return params;
    }

    private static ReportLine line(ResultSet rs, LocalDate today) throws SQLException {
        ReportKind kind = ReportKind.valueOf(rs.getString("kind"));
        Integer half = (Integer) rs.getObject("half");
        var period = new ReportPeriod(kind, rs.getInt("year"), half);
        String status = rs.getString("status");
        Date submitted = rs.getDate("submitted_on");
        LocalDate on = submitted == null ? null : submitted.toLocalDate();
        String timeliness = on != null
                ? (period.lateOn(on) ? "LATE" : "ON_TIME")
                : today.isAfter(period.lastDayOnTime()) ? "MISSING" : "PENDING";
        return new ReportLine(
                (Long) rs.getObject("id"),
                kind,
                rs.getString("agency_code"),
                rs.getString("agency_name"),
                period.year(),
                half,
                (Integer) rs.getObject("report_version"),
                status == null ? null : ReportStatus.valueOf(status),
                on,
                period.dueBefore(),
                timeliness);
    }
}
