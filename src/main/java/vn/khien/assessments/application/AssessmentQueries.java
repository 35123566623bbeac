package vn.khien.assessments.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.assessments.AssessmentKind;
import vn.khien.assessments.AssessmentScope;
import vn.khien.assessments.AssessmentStatus;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/** Reads of assessments, filtered by the user's access in SQL. */
@Service
public class AssessmentQueries {

    private static final String FILTERS = """
              AND (CAST(:agency AS text) IS NULL OR a.agency_code = :agency)
              AND (CAST(:assessor AS text) IS NULL OR a.assessor_code = :assessor)
              AND (CAST(:status AS text) IS NULL OR a.status = :status)
              AND (CAST(:year AS integer) IS NULL OR a.planned_start BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31))
            """;

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AssessmentManagement management;
    private final FindingQueries findings;
    private final EvidenceFiles evidence;
    private final AgencyDirectory agencies;

    AssessmentQueries(
            JdbcClient jdbc,
            AccessPolicy access,
            AssessmentManagement management,
            FindingQueries findings,
            EvidenceFiles evidence,
            AgencyDirectory agencies) {
        this.jdbc = jdbc;
        this.access = access;
        this.management = management;
        this.findings = findings;
        this.evidence = evidence;
        this.agencies = agencies;
    }

    public PageResponse<AssessmentRow> list(AssessmentFilter filter, Paging paging) {
        Map<String, Object> params = AssessmentAccess.ASSESSMENTS.parameters(access.currentViewer());
        params.put("agency", blankToNull(filter.agencyCode()));
        params.put("assessor", blankToNull(filter.assessorCode()));
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("year", filter.year());
        String from = " FROM assessments.assessment a WHERE " + AssessmentAccess.ASSESSMENTS.where("a") + FILTERS;
        long total = jdbc.sql("SELECT count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("""
                        SELECT a.id, a.agency_code, a.kind, a.scope, a.periodic, a.assessor_code, a.planned_start,
                               a.planned_end, a.completed_on, a.status, a.independence_exception,
                               a.qualification_exception,
                               (SELECT string_agg(s.system_code, ',' ORDER BY s.system_code)
                                  FROM assessments.assessment_system s WHERE s.assessment = a.id) AS systems""" + from + " ORDER BY a.planned_start DESC, a.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(AssessmentQueries::row)
                .list();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    public AssessmentRow one(UUID id) {
        var a = management.visible(access.currentViewer(), id);
        return new AssessmentRow(
                a.id(),
                a.agencyCode(),
                a.systemCodes(),
                a.kind(),
                a.scope(),
                a.periodic(),
                a.assessorCode(),
                a.period().start(),
                a.period().end(),
                a.completedOn(),
                a.status(),
                a.independenceException(),
                a.qualificationException());
    }

    @Transactional(readOnly = true)
    public AssessmentView detail(UUID id) {
        var viewer = access.currentViewer();
        var a = management.visible(viewer, id);
        var names = agencies.namesOf(List.of(a.agencyCode(), a.assessorCode()));
        boolean assessor = viewer.coordinatorOr(a.assessorCode(), Role.ASSESSOR);
        var status = a.status();
        var actions = new AssessmentView.Actions(
                assessor && status == AssessmentStatus.PLANNED,
                viewer.coordinator() && status == AssessmentStatus.PLANNED && a.independenceException() == null,
                viewer.coordinator() && !status.isFinal() && a.qualificationException() == null,
                assessor && !status.isFinal(),
                assessor && (status == AssessmentStatus.IN_PROGRESS || status == AssessmentStatus.AGENCY_COMMENTED),
                viewer.coordinatorOr(a.agencyCode(), Role.AGENCY_OFFICER, Role.AGENCY_HEAD)
                        && status == AssessmentStatus.REPORT_DRAFTED,
                assessor && status == AssessmentStatus.AGENCY_COMMENTED,
                viewer.coordinatorOr(a.agencyCode(), Role.AGENCY_OFFICER) && !status.isFinal(),
                assessor && a.acceptsFindings());
        return new AssessmentView(
                a.id(),
                a.planId(),
                a.agencyCode(),
                names.get(a.agencyCode()),
                a.systems(),
                a.kind(),
                a.scope(),
                a.periodic(),
                a.requestedBy(),
                a.assessorCode(),
                names.get(a.assessorCode()),
                a.team(),
                a.period().start(),
                a.period().end(),
                a.startedOn(),
                a.completedOn(),
                status,
                a.agencyComment(),
                a.commentedBy(),
                a.cancelReason(),
                a.independenceException(),
                a.qualificationException(),
                evidence.reportsOf(id),
                findings.ofAssessment(id),
                actions);
    }

    private static AssessmentRow row(ResultSet rs, int n) throws SQLException {
        String systems = rs.getString("systems");
        return new AssessmentRow(
                rs.getObject("id", UUID.class),
                rs.getString("agency_code"),
                systems == null ? List.of() : Arrays.asList(systems.split(",")),
                AssessmentKind.valueOf(rs.getString("kind")),
                AssessmentScope.valueOf(rs.getString("scope")),
                rs.getBoolean("periodic"),
                rs.getString("assessor_code"),
                rs.getObject("planned_start", java.time.LocalDate.class),
                rs.getObject("planned_end", java.time.LocalDate.class),
                rs.getObject("completed_on", java.time.LocalDate.class),
                AssessmentStatus.valueOf(rs.getString("status")),
                rs.getString("independence_exception"),
                rs.getString("qualification_exception"));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
