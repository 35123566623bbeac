package vn.khien.systems.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.AccessPolicy;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;
import vn.khien.systems.SystemDetails;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;
import vn.khien.systems.domain.InformationSystemRepository;
import vn.khien.systems.domain.LevelSuggestion;

/** Reads of the inventory, filtered by the user's access in SQL: never load everything and then filter. */
@Service
public class SystemQueries {

    private static final String ROW_COLUMNS = """
            SELECT s.code, s.name, s.owner_code, s.operator_code, s.type, s.e_government, s.proposed_level,
                   s.approved_level, s.status
            """;
    private static final String FILTERS = """
              AND (CAST(:text AS text) IS NULL OR public.search_key(s.code || ' ' || s.name) LIKE '%' || public.search_key(:text) || '%')
              AND (CAST(:type AS text) IS NULL OR s.type = :type)
              AND (CAST(:level AS integer) IS NULL OR s.approved_level = :level)
              AND (CAST(:status AS text) IS NULL OR s.status = :status)
              AND (CAST(:owner AS text) IS NULL OR s.owner_code = :owner)
              AND (CAST(:dossiers AS text[]) IS NULL OR EXISTS (SELECT 1 FROM systems.level_dossier d
                   WHERE d.system_code = s.code AND d.status = ANY(CAST(:dossiers AS text[]))))
            """;

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;
    private final AccessPolicy access;
    private final InformationSystemRepository systems;

    SystemQueries(JdbcClient jdbc, AgencyDirectory agencies, AccessPolicy access, InformationSystemRepository systems) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.access = access;
        this.systems = systems;
    }

    public PageResponse<SystemRow> list(SystemFilter filter, Paging paging) {
        return page(LIST_FROM, order(filter.sort()), listParameters(filter), paging);
    }

    /** The list's FROM … WHERE; parameters from {@link #listParameters}, shared with the export. */
    static final String LIST_FROM =
            " FROM systems.information_system s WHERE " + SystemAccess.SYSTEMS.where("s") + FILTERS;

    Map<String, Object> listParameters(SystemFilter filter) {
        Map<String, Object> params = SystemAccess.SYSTEMS.parameters(access.currentViewer());
        params.put("text", filter.text() == null || filter.text().isBlank() ? null : likePattern(filter.text()));
        params.put("type", filter.type() == null ? null : filter.type().name());
        params.put("level", filter.level());
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("owner", filter.ownerCode() == null || filter.ownerCode().isBlank() ? null : filter.ownerCode());
        params.put(
                "dossiers",
                filter.dossiers().isEmpty()
                        ? null
                        : filter.dossiers().stream().map(Enum::name).toArray(String[]::new));
        return params;
    }

    /** Systems an agency owns or operates, as far as the user may see them. */
    public PageResponse<SystemRow> ofAgency(String agencyCode, Paging paging) {
        Map<String, Object> params = SystemAccess.SYSTEMS.parameters(access.currentViewer());
        params.put("agency", agencyCode);
        String where = " FROM systems.information_system s WHERE " + SystemAccess.SYSTEMS.where("s")
                + " AND (s.owner_code = :agency OR s.operator_code = :agency)";
        return page(where, "s.name, s.code", params, paging);
    }

    /** The arrangements in which an organisation provides a service, on systems the user may see. */
    public PageResponse<SystemView.ArrangementRow> arrangementsOf(String providerCode, Paging paging) {
        Map<String, Object> params = SystemAccess.SYSTEMS.parameters(access.currentViewer());
        params.put("provider", providerCode);
        String where = " FROM systems.service_arrangement a JOIN systems.information_system s"
                + " ON s.id = a.information_system WHERE a.provider_code = :provider AND "
                + SystemAccess.SYSTEMS.where("s");
        long total = jdbc.sql("SELECT count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        String name = agencies.namesOf(List.of(providerCode)).get(providerCode);
        var items = jdbc.sql("SELECT s.code, s.name, a.ref, a.service, a.valid_from, a.valid_to" + where
                        + " ORDER BY s.name, a.valid_from LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new SystemView.ArrangementRow(
                        rs.getObject("ref", java.util.UUID.class),
                        rs.getString("code"),
                        rs.getString("name"),
                        vn.khien.systems.ServiceKind.valueOf(rs.getString("service")),
                        providerCode,
                        name,
                        rs.getObject("valid_from", java.time.LocalDate.class),
                        rs.getObject("valid_to", java.time.LocalDate.class)))
                .list();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    /**
     * Address ranges of different systems that share addresses, in one set-based query: the GiST index
     * on the {@code cidr} column answers the {@code &&} (overlaps) operator.
     */
    public PageResponse<OverlapRow> overlaps(Paging paging) {
        Map<String, Object> params = SystemAccess.SYSTEMS.parameters(access.currentViewer());
        String from = """
                 FROM systems.network_asset a1
                 JOIN systems.network_asset a2
                   ON a1.network && a2.network AND a1.information_system < a2.information_system
                 JOIN systems.information_system s1 ON s1.id = a1.information_system
                 JOIN systems.information_system s2 ON s2.id = a2.information_system
                WHERE """ + SystemAccess.SYSTEMS.where("s1") + " AND " + SystemAccess.SYSTEMS.where("s2");
        long total = jdbc.sql("SELECT count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT s1.code c1, s1.name n1, a1.value v1, s2.code c2, s2.name n2, a2.value v2" + from
                        + " ORDER BY s1.code, a1.value, s2.code LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new OverlapRow(
                        rs.getString("c1"),
                        rs.getString("n1"),
                        rs.getString("v1"),
                        rs.getString("c2"),
                        rs.getString("n2"),
                        rs.getString("v2")))
                .list();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    /** How many visible systems, and visible dossiers in the given states, for the home page. */
    /** Systems with a level dossier in one of the steps: the count of the list filtered alike. */
    public long countWithDossiers(java.util.Set<vn.khien.systems.DossierStatus> states) {
        return list(new SystemFilter(null, null, null, null, null, null, states), Paging.of(0, 1))
                .total();
    }

    public long countSystems() {
        return jdbc.sql("SELECT count(*) FROM systems.information_system s WHERE " + SystemAccess.SYSTEMS.where("s"))
                .params(SystemAccess.SYSTEMS.parameters(access.currentViewer()))
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    public SystemView detail(String code) {
        var viewer = access.currentViewer();
        var system = SystemAccess.visible(viewer, systems, code);
        var facts = system.facts();
        var decision = system.decision();
        var names = agencies.namesOf(Stream.concat(
                        Stream.of(
                                facts.ownerCode(),
                                facts.operatorCode(),
                                decision == null ? null : decision.approverCode()),
                        system.arrangements().stream().map(a -> a.providerCode()))
                .filter(c -> c != null)
                .toList());
        var suggestion = LevelSuggestion.of(
                facts.type(),
                facts.eGovernment(),
                facts.publicServiceLevel(),
                facts.personalDataSubjects(),
                facts.proposedLevel());
        return new SystemView(
                system.code(),
                facts.name(),
                facts.ownerCode(),
                names.get(facts.ownerCode()),
                facts.operatorCode(),
                names.get(facts.operatorCode()),
                facts.type(),
                facts.eGovernment(),
                facts.publicServiceLevel(),
                facts.personalDataSubjects(),
                facts.proposedLevel(),
                system.approvedLevel(),
                decision == null
                        ? null
                        : new SystemDetails.DecisionLine(decision.number(), decision.date(), decision.approverCode()),
                decision == null ? null : names.get(decision.approverCode()),
                facts.status(),
                facts.monitoringConnected(),
                facts.monitoringSince(),
                facts.monitoringMethod(),
                system.registeredAt(),
                system.components().stream()
                        .map(c -> new SystemDetails.ComponentLine(c.name(), c.description(), c.level()))
                        .toList(),
                system.componentLevel(),
                advice(suggestion),
                system.assets().stream()
                        .map(a -> new SystemView.AssetRow(a.ref(), a.kind(), a.value(), a.shared()))
                        .toList(),
                system.products().stream()
                        .map(p -> new SystemView.ProductRow(
                                p.ref(), p.product(), p.vendor(), p.category(), p.origin(), p.justification()))
                        .toList(),
                system.arrangements().stream()
                        .map(a -> new SystemView.ArrangementRow(
                                a.ref(),
                                code,
                                facts.name(),
                                a.service(),
                                a.providerCode(),
                                names.get(a.providerCode()),
                                a.from(),
                                a.to()))
                        .toList(),
                SystemAccess.canEdit(viewer, system));
    }

    static LevelAdvice advice(LevelSuggestion suggestion) {
        return new LevelAdvice(
                suggestion.criteria().stream()
                        .map(c -> new LevelAdvice.Criterion(c.messageKey(), c.minimumLevel()))
                        .toList(),
                suggestion.minimumLevel(),
                suggestion.proposedTooLow());
    }

    private PageResponse<SystemRow> page(String where, String order, Map<String, Object> params, Paging paging) {
        long total = jdbc.sql("SELECT count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<SystemRow> rows = jdbc.sql(ROW_COLUMNS + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(SystemQueries::row)
                .list();
        var names = agencies.namesOf(rows.stream().map(SystemRow::ownerCode).toList());
        return new PageResponse<>(
                rows.stream().map(r -> withOwnerName(r, names)).toList(), paging.page(), paging.size(), total);
    }

    /** Names sort by the column's Vietnamese collation; the code breaks ties so pages are stable. */
    static String order(String sort) {
        return switch (sort == null ? "" : sort) {
            case "code" -> "s.code";
            case "level" -> "s.approved_level DESC NULLS LAST, s.name, s.code";
            default -> "s.name, s.code";
        };
    }

    /** The user's text taken literally: LIKE's wildcards in it are escaped. */
    private static String likePattern(String text) {
        return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static SystemRow withOwnerName(SystemRow r, Map<String, String> names) {
        return new SystemRow(
                r.code(),
                r.name(),
                r.ownerCode(),
                names.get(r.ownerCode()),
                r.operatorCode(),
                r.type(),
                r.eGovernment(),
                r.proposedLevel(),
                r.approvedLevel(),
                r.status());
    }

    private static SystemRow row(ResultSet rs, int n) throws SQLException {
        return new SystemRow(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("owner_code"),
                null,
                rs.getString("operator_code"),
                SystemType.valueOf(rs.getString("type")),
                rs.getBoolean("e_government"),
                (Integer) rs.getObject("proposed_level"),
                (Integer) rs.getObject("approved_level"),
                SystemStatus.valueOf(rs.getString("status")));
    }
}
