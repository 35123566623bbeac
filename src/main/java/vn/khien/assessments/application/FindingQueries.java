package vn.khien.assessments.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.assessments.FindingStatus;
import vn.khien.assessments.Severity;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.shared.EnumSql;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/** Reads of findings, filtered by the user's access in SQL; the board counts them in one query. */
@Service
public class FindingQueries {

    static final String COLUMNS = """
            SELECT f.id, f.assessment_id, f.campaign_id, f.agency_code, f.system_code, f.title, f.requirement_code,
                   f.severity, f.cvss_vector, f.status, f.remediation_owner, f.due_on, f.closed_on, f.risk_accepted_until
            """;
    private static final String FILTERS =
            """
              AND (CAST(:agency AS text) IS NULL OR f.agency_code = :agency)
              AND (CAST(:system AS text) IS NULL OR f.system_code = :system)
              AND (CAST(:severity AS text) IS NULL OR f.severity = :severity)
              AND (CAST(:status AS text) IS NULL OR f.status = :status)
              AND (CAST(:assessment AS uuid) IS NULL OR f.assessment_id = :assessment)
              AND (CAST(:campaign AS uuid) IS NULL OR f.campaign_id = :campaign)
              AND (CAST(:overdue AS boolean) IS NULL OR :overdue = (f.status IN %s AND f.due_on < :today))
            """.formatted(EnumSql.in(FindingStatus::awaitingRemediation, FindingStatus.values()));
    static final String WHERE = AssessmentAccess.FINDINGS.where("f") + FILTERS;
    static final String FROM = " FROM assessments.finding f WHERE " + WHERE;

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AgencyDirectory agencies;
    private final FindingManagement management;
    private final EvidenceFiles evidence;
    private final Clock clock;

    FindingQueries(
            JdbcClient jdbc,
            AccessPolicy access,
            AgencyDirectory agencies,
            FindingManagement management,
            EvidenceFiles evidence,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.agencies = agencies;
        this.management = management;
        this.evidence = evidence;
        this.clock = clock;
    }

    public PageResponse<FindingRow> list(FindingFilter filter, Paging paging) {
        Map<String, Object> params = parameters(filter);
        long total = jdbc.sql("SELECT count(*)" + FROM)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql(COLUMNS + FROM + " ORDER BY " + ORDER + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(this::row)
                .list();
        Map<String, String> names = agencies.namesOf(
                items.stream().map(FindingRow::agencyCode).distinct().toList());
        return new PageResponse<>(
                items.stream().map(f -> f.named(names)).toList(), paging.page(), paging.size(), total);
    }

    /** Most serious first, then the nearest due date. */
    static final String ORDER = EnumSql.order("f.severity", Severity.values()) + ", f.due_on NULLS LAST, f.id";

    /** An assessment's findings, for its page (the assessment itself is checked by the caller). */
    List<FindingRow> ofAssessment(UUID assessmentId) {
        return list(FindingFilter.ofAssessment(assessmentId), Paging.of(0, Paging.MAX_SIZE))
                .items();
    }

    Map<String, Object> parameters(FindingFilter filter) {
        Map<String, Object> params = AssessmentAccess.FINDINGS.parameters(access.currentViewer());
        params.put("agency", AssessmentQueries.blankToNull(filter.agencyCode()));
        params.put("system", AssessmentQueries.blankToNull(filter.systemCode()));
        params.put(
                "severity", filter.severity() == null ? null : filter.severity().name());
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("assessment", filter.assessmentId());
        params.put("campaign", filter.campaignId());
        params.put("overdue", filter.overdue());
        params.put("today", LocalDate.now(clock));
        return params;
    }

    /** Counts by severity and status of the visible findings of one agency (or all visible ones). */
    public Map<Severity, Map<FindingStatus, Long>> board(String agencyCode) {
        Map<String, Object> params = parameters(new FindingFilter(agencyCode, null, null, null, null, null, null));
        Map<Severity, Map<FindingStatus, Long>> board = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            Map<FindingStatus, Long> row = new EnumMap<>(FindingStatus.class);
            for (FindingStatus st : FindingStatus.values()) {
                row.put(st, 0L);
            }
            board.put(s, row);
        }
        jdbc.sql("SELECT f.severity, f.status, count(*) AS n" + FROM + " GROUP BY f.severity, f.status")
                .params(params)
                .query((rs, n) -> board.get(Severity.valueOf(rs.getString("severity")))
                        .put(FindingStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return board;
    }

    @Transactional(readOnly = true)
    public FindingRow one(UUID id) {
        management.visible(access.currentViewer(), id);
        FindingRow finding = jdbc.sql(COLUMNS + " FROM assessments.finding f WHERE f.id = :id")
                .param("id", id)
                .query(this::row)
                .single();
        return finding.named(agencies.namesOf(List.of(finding.agencyCode())));
    }

    @Transactional(readOnly = true)
    public FindingView detail(UUID id) {
        var viewer = access.currentViewer();
        var f = management.visible(viewer, id);
        var row = one(id);
        boolean verifier = management.mayVerify(viewer, f);
        boolean remediator = viewer.coordinatorOr(f.agencyCode(), Role.AGENCY_OFFICER, Role.AGENCY_HEAD);
        var status = f.status();
        return new FindingView(
                row,
                f.description(),
                f.remediationPlan(),
                f.fixNote(),
                f.riskReason(),
                f.raisedBy(),
                agencies.namesOf(List.of(f.agencyCode())).get(f.agencyCode()),
                evidence.ofFinding(id),
                new FindingView.Actions(
                        remediator && status.awaitingRemediation(),
                        remediator && status.awaitingRemediation(),
                        verifier && status == FindingStatus.FIXED,
                        viewer.actsFor(f.agencyCode(), Role.AGENCY_HEAD) && status.awaitingRemediation(),
                        (verifier || remediator) && status != FindingStatus.CLOSED));
    }

    private FindingRow row(ResultSet rs, int n) throws SQLException {
        var status = FindingStatus.valueOf(rs.getString("status"));
        var due = rs.getObject("due_on", LocalDate.class);
        return new FindingRow(
                rs.getObject("id", UUID.class),
                rs.getObject("assessment_id", UUID.class),
                rs.getObject("campaign_id", UUID.class),
                rs.getString("agency_code"),
                rs.getString("system_code"),
                rs.getString("title"),
                rs.getString("requirement_code"),
                Severity.valueOf(rs.getString("severity")),
                rs.getString("cvss_vector"),
                status,
                rs.getString("remediation_owner"),
                due,
                rs.getObject("closed_on", LocalDate.class),
                rs.getObject("risk_accepted_until", LocalDate.class),
                status.awaitingRemediation() && due != null && due.isBefore(LocalDate.now(clock)),
                null);
    }
}
