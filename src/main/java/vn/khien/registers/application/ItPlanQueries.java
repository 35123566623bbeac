package vn.khien.registers.application;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.AccessPolicy;
import vn.khien.registers.ExceptionStatus;
import vn.khien.registers.ItPlanKind;
import vn.khien.registers.domain.ItPlanRepository;
import vn.khien.registers.domain.SecurityShare;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/** Reads of IT plans, filtered by the user's access in SQL. */
@Service
public class ItPlanQueries {

    static final String FROM = """
             FROM registers.published_it_plan p JOIN registers.it_plan i ON i.id = p.plan_id
            WHERE %s
              AND (CAST(:agency AS text) IS NULL OR p.agency_code = :agency)
              AND (CAST(:kind AS text) IS NULL OR p.kind = :kind)
              AND (CAST(:year AS integer) IS NULL OR :year BETWEEN p.year_from AND p.year_to)
              AND (CAST(:exception AS text) IS NULL OR p.exception_status = :exception)
              AND (CAST(:text AS text) IS NULL OR public.search_key(i.name) LIKE '%%' || public.search_key(:text) || '%%')
            """.formatted(RegisterAccess.ENTRIES.where("p"));

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AgencyDirectory agencies;
    private final ItPlanRepository plans;
    private final RegisterSettings settings;
    private final RegisterEvidence files;

    ItPlanQueries(
            JdbcClient jdbc,
            AccessPolicy access,
            AgencyDirectory agencies,
            ItPlanRepository plans,
            RegisterSettings settings,
            RegisterEvidence files) {
        this.jdbc = jdbc;
        this.access = access;
        this.agencies = agencies;
        this.plans = plans;
        this.settings = settings;
        this.files = files;
    }

    public PageResponse<ItPlanRow> list(ItPlanFilter filter, Paging paging) {
        var params = parameters(filter);
        long total = jdbc.sql("SELECT count(*)" + FROM)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT p.*, i.name" + FROM
                        + " ORDER BY p.year_from DESC, p.agency_code, i.name, p.plan_id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(this::row)
                .list();
        return new PageResponse<>(named(items), paging.page(), paging.size(), total);
    }

    /** Every matching plan (for an export), in list order. */
    public List<ItPlanRow> all(ItPlanFilter filter) {
        return named(
                jdbc.sql("SELECT p.*, i.name" + FROM + " ORDER BY p.year_from DESC, p.agency_code, i.name, p.plan_id")
                        .params(parameters(filter))
                        .query(this::row)
                        .list());
    }

    @Transactional(readOnly = true)
    public ItPlanView detail(long id) {
        var viewer = access.currentViewer();
        var plan = plans.findById(id)
                .filter(p -> RegisterAccess.ENTRIES.allows(viewer, p.agencyCode()))
                .orElseThrow(() -> new ObjectNotFoundException(ItPlanManagement.TYPE, String.valueOf(id)));
        var facts = plan.facts();
        var share = plan.share();
        var row = new ItPlanRow(
                id,
                plan.agencyCode(),
                agencies.namesOf(List.of(plan.agencyCode())).get(plan.agencyCode()),
                facts.kind(),
                facts.name(),
                facts.yearFrom(),
                facts.yearTo(),
                facts.totalBudget(),
                share.security(),
                share.percent(),
                share.reaches(threshold()),
                plan.exceptionStatus());
        var lines = plan.lines().stream()
                .map(l -> new ItPlanView.Line(l.category(), l.supplier(), l.amount(), l.origin()))
                .toList();
        return new ItPlanView(
                row,
                lines,
                plan.exceptionReason(),
                plan.exceptionEvidence(),
                files.ofPlan(id),
                plan.exceptionDecidedOn(),
                plan.exceptionDecision(),
                RegisterAccess.canEdit(viewer, plan.agencyCode()),
                viewer.coordinator() && plan.exceptionStatus() == ExceptionStatus.DECLARED);
    }

    /** The display threshold (khien.registers.it-plans.security-share-threshold). */
    public BigDecimal threshold() {
        return settings.itPlans().securityShareThreshold();
    }

    private Map<String, Object> parameters(ItPlanFilter filter) {
        Map<String, Object> params = RegisterAccess.parameters(access.currentViewer(), filter.agencyCode());
        params.put("kind", filter.kind() == null ? null : filter.kind().name());
        params.put("year", filter.year());
        params.put(
                "exception",
                filter.exception() == null ? null : filter.exception().name());
        params.put("text", Problems.clean(filter.text()));
        return params;
    }

    private ItPlanRow row(ResultSet rs, int n) throws SQLException {
        var share = new SecurityShare(rs.getBigDecimal("security_budget"), rs.getBigDecimal("total_budget"));
        return new ItPlanRow(
                rs.getLong("plan_id"),
                rs.getString("agency_code"),
                null,
                ItPlanKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getInt("year_from"),
                rs.getInt("year_to"),
                share.total(),
                share.security(),
                share.percent(),
                share.reaches(threshold()),
                ExceptionStatus.valueOf(rs.getString("exception_status")));
    }

    private List<ItPlanRow> named(List<ItPlanRow> rows) {
        var names = agencies.namesOf(
                rows.stream().map(ItPlanRow::agencyCode).distinct().toList());
        return rows.stream()
                .map(r -> new ItPlanRow(
                        r.id(),
                        r.agencyCode(),
                        names.get(r.agencyCode()),
                        r.kind(),
                        r.name(),
                        r.yearFrom(),
                        r.yearTo(),
                        r.totalBudget(),
                        r.securityBudget(),
                        r.sharePercent(),
                        r.reachesThreshold(),
                        r.exceptionStatus()))
                .toList();
    }
}
