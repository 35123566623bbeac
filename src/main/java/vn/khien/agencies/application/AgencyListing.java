package vn.khien.agencies.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyStatus;
import vn.khien.agencies.FocalPointRole;
import vn.khien.agencies.LicenceKind;
import vn.khien.agencies.MandateKind;
import vn.khien.agencies.RegistryAccess;
import vn.khien.agencies.application.AgencyFilter.AgencySort;
import vn.khien.shared.EnumSql;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/** The registry's lists and pages, filtered to what the viewer may see, in one query each. */
@Service
@Transactional(readOnly = true)
public class AgencyListing {

    private static final String FROM = """
            FROM agencies.agency a
            LEFT JOIN agencies.agency p ON p.code = a.parent_code
            LEFT JOIN agencies.focal_point su
                   ON su.agency_code = a.code AND su.role = %s AND su.valid_to IS NULL
            LEFT JOIN agencies.focal_point ic
                   ON ic.agency_code = a.code AND ic.role = %s AND ic.valid_to IS NULL
            WHERE %s
              AND (CAST(:q AS text) IS NULL OR a.search_text LIKE '%%' || public.search_key(CAST(:q AS text)) || '%%')
              AND (CAST(:kind AS text) IS NULL OR a.kind = :kind)
              AND (CAST(:status AS text) IS NULL OR a.status = :status)
              AND (CAST(:parent AS text) IS NULL OR a.parent_code = :parent)
            """.formatted(
                    EnumSql.literal(FocalPointRole.SECURITY_UNIT),
                    EnumSql.literal(FocalPointRole.INCIDENT_CONTACT),
                    Visibility.CONDITION);
    private static final String COLUMNS = """
            SELECT a.code, a.name, a.short_name, a.kind, a.parent_code, p.name AS parent_name, a.status,
                   su.person_name AS security_unit_person, ic.person_name AS incident_contact_person
            """;

    private final JdbcClient jdbc;
    private final RegistryAccess access;

    AgencyListing(JdbcClient jdbc, RegistryAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public PageResponse<AgencyRow> list(AgencyFilter filter, Paging paging) {
        long total = bind(jdbc.sql("SELECT count(*) " + FROM), filter)
                .query(Long.class)
                .single();
        List<AgencyRow> rows = bind(
                        jdbc.sql(COLUMNS + FROM + " ORDER BY " + sort(filter) + " LIMIT :limit OFFSET :offset"), filter)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(AgencyListing::row)
                .list();
        return new PageResponse<>(rows, paging.page(), paging.size(), total);
    }

    public AgencyView view(String code) {
        if (!access.maySee(code)) {
            throw new ObjectNotFoundException("agency", code);
        }
        return jdbc.sql("""
                        SELECT a.*, p.name AS parent_name, s.name AS successor_name,
                               (SELECT count(*) FROM agencies.agency c WHERE c.parent_code = a.code) AS subordinates
                        FROM agencies.agency a
                        LEFT JOIN agencies.agency p ON p.code = a.parent_code
                        LEFT JOIN agencies.agency s ON s.code = a.successor_code
                        WHERE a.code = :code""")
                .param("code", code)
                .query((rs, n) -> view(rs))
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException("agency", code));
    }

    private AgencyView view(ResultSet rs) throws SQLException {
        String code = rs.getString("code");
        return new AgencyView(
                code,
                rs.getString("name"),
                rs.getString("short_name"),
                AgencyKind.valueOf(rs.getString("kind")),
                rs.getString("parent_code"),
                rs.getString("parent_name"),
                rs.getString("address"),
                rs.getString("website"),
                rs.getString("licence_number"),
                rs.getObject("licence_valid_from", java.time.LocalDate.class),
                rs.getObject("licence_valid_until", java.time.LocalDate.class),
                AgencyQueries.enumOrNull(LicenceKind.class, rs.getString("licence_kind")),
                rs.getString("licence_issuer"),
                AgencyQueries.enumOrNull(MandateKind.class, rs.getString("mandate_kind")),
                rs.getString("mandate_reference"),
                rs.getObject("mandate_valid_from", java.time.LocalDate.class),
                rs.getObject("mandate_valid_until", java.time.LocalDate.class),
                AgencyStatus.valueOf(rs.getString("status")),
                rs.getString("successor_code"),
                rs.getString("successor_name"),
                rs.getObject("status_changed_on", java.time.LocalDate.class),
                rs.getLong("subordinates"),
                access.mayMaintain(code),
                access.mayAdminister());
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AgencyFilter filter) {
        return query(filter, access.sqlParameters()).bind(spec);
    }

    private static String sort(AgencyFilter filter) {
        return (filter.sort() == null ? AgencySort.NAME : filter.sort()).orderBy;
    }

    static Query query(AgencyFilter filter, Map<String, Object> visibility) {
        return new Query(filter, visibility);
    }

    /** The list's FROM … WHERE with its parameters, shared by the page, the API and the exports. */
    record Query(AgencyFilter filter, Map<String, Object> visibility) {

        String from() {
            return FROM;
        }

        String orderBy() {
            return sort(filter);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.params(visibility)
                    .param("q", blank(filter.q()))
                    .param("kind", filter.kind() == null ? null : filter.kind().name())
                    .param(
                            "status",
                            filter.status() == null ? null : filter.status().name())
                    .param("parent", blank(filter.parent()));
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static AgencyRow row(ResultSet rs, int n) throws SQLException {
        return new AgencyRow(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("short_name"),
                AgencyKind.valueOf(rs.getString("kind")),
                rs.getString("parent_code"),
                rs.getString("parent_name"),
                AgencyStatus.valueOf(rs.getString("status")),
                rs.getString("security_unit_person"),
                rs.getString("incident_contact_person"));
    }
}
