package vn.khien.assessments.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.assessments.PlanStatus;
import vn.khien.assessments.domain.PlanItem;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/** Reads of assessment plans: province-wide roles see all, agencies their own. */
@Service
public class PlanQueries {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final PlanManagement management;
    private final AgencyDirectory agencies;

    PlanQueries(JdbcClient jdbc, AccessPolicy access, PlanManagement management, AgencyDirectory agencies) {
        this.jdbc = jdbc;
        this.access = access;
        this.management = management;
        this.agencies = agencies;
    }

    public record PlanRow(UUID id, String agencyCode, String agencyName, int year, PlanStatus status, int items) {}

    public record PlanView(
            UUID id,
            String agencyCode,
            String agencyName,
            int year,
            PlanStatus status,
            String returnReason,
            List<PlanItem> items,
            boolean canEdit,
            boolean canDecide) {}

    public PageResponse<PlanRow> list(Integer year, Paging paging) {
        Map<String, Object> params = AssessmentAccess.PLANS.parameters(access.currentViewer());
        params.put("year", year);
        String from = " FROM assessments.plan p WHERE " + AssessmentAccess.PLANS.where("p")
                + " AND (CAST(:year AS integer) IS NULL OR p.year = :year)";
        long total = jdbc.sql("SELECT count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        var rows = jdbc.sql("SELECT p.id, p.agency_code, p.year, p.status,"
                        + " (SELECT count(*) FROM assessments.plan_item i WHERE i.plan = p.id) AS items" + from
                        + " ORDER BY p.year DESC, p.agency_code LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new PlanRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("agency_code"),
                        null,
                        rs.getInt("year"),
                        PlanStatus.valueOf(rs.getString("status")),
                        rs.getInt("items")))
                .list();
        var names = agencies.namesOf(rows.stream().map(PlanRow::agencyCode).toList());
        return new PageResponse<>(
                rows.stream()
                        .map(r -> new PlanRow(
                                r.id(), r.agencyCode(), names.get(r.agencyCode()), r.year(), r.status(), r.items()))
                        .toList(),
                paging.page(),
                paging.size(),
                total);
    }

    @Transactional(readOnly = true)
    public PlanView detail(UUID id) {
        var viewer = access.currentViewer();
        var plan = management.visible(viewer, id);
        return new PlanView(
                plan.id(),
                plan.agencyCode(),
                agencies.namesOf(List.of(plan.agencyCode())).get(plan.agencyCode()),
                plan.year(),
                plan.status(),
                plan.returnReason(),
                plan.items(),
                viewer.coordinatorOr(plan.agencyCode(), Role.AGENCY_OFFICER) && plan.editable(),
                viewer.coordinator() && plan.status() == PlanStatus.SUBMITTED);
    }
}
