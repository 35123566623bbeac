package vn.khien.identity.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.Role;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/** Reads of accounts for the admin pages and the API: one query per page, roles aggregated in SQL. */
@Service
public class UserQueries {

    private static final String FROM_WHERE = """
            FROM identity.user_account u
            WHERE (CAST(:text AS text) IS NULL OR u.username ILIKE :text OR u.display_name ILIKE :text)
              AND (CAST(:role AS text) IS NULL
                   OR EXISTS (SELECT 1 FROM identity.user_role r WHERE r.user_id = u.id AND r.role = :role))
              AND (CAST(:agency AS text) IS NULL OR u.agency_code = :agency)
              AND (CAST(:enabled AS boolean) IS NULL OR u.enabled = :enabled)
            """;
    private static final String COLUMNS = """
            SELECT u.username, u.display_name, u.email, u.agency_code, u.include_subordinates, u.enabled,
                   u.language, u.created_at,
                   (SELECT string_agg(r.role, ',') FROM identity.user_role r WHERE r.user_id = u.id) AS roles
            """;

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;

    UserQueries(JdbcClient jdbc, AgencyDirectory agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public PageResponse<UserRow> list(UserFilter filter, Paging paging) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put(
                "text",
                filter.text() == null || filter.text().isBlank()
                        ? null
                        : "%" + filter.text().strip() + "%");
        params.put("role", filter.role() == null ? null : filter.role().name());
        params.put("agency", filter.agencyCode() == null || filter.agencyCode().isBlank() ? null : filter.agencyCode());
        params.put("enabled", filter.enabled());
        long total = jdbc.sql("SELECT count(*) " + FROM_WHERE)
                .params(params)
                .query(Long.class)
                .single();
        List<UserRow> rows = jdbc.sql(
                        COLUMNS + FROM_WHERE + " ORDER BY u.display_name, u.username LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(this::row)
                .list();
        return new PageResponse<>(withAgencyNames(rows), paging.page(), paging.size(), total);
    }

    @PreAuthorize("hasRole('COORDINATOR_ADMIN') or #username == authentication.name")
    public Optional<UserRow> find(String username) {
        return jdbc.sql(COLUMNS + "FROM identity.user_account u WHERE u.username = :username")
                .param("username", username)
                .query(this::row)
                .optional()
                .map(row -> withAgencyNames(List.of(row)).get(0));
    }

    public long countEnabled() {
        return jdbc.sql("SELECT count(*) FROM identity.user_account WHERE enabled")
                .query(Long.class)
                .single();
    }

    private List<UserRow> withAgencyNames(List<UserRow> rows) {
        Set<String> codes =
                rows.stream().map(UserRow::agencyCode).filter(c -> c != null).collect(Collectors.toSet());
        Map<String, String> names = agencies.namesOf(codes);
        return rows.stream()
                .map(r -> new UserRow(
                        r.username(),
                        r.displayName(),
                        r.email(),
                        r.roles(),
                        r.agencyCode(),
                        names.get(r.agencyCode()),
                        r.includeSubordinates(),
                        r.enabled(),
                        r.language(),
                        r.createdAt()))
                .toList();
    }

    private UserRow row(ResultSet rs, int n) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String joined = rs.getString("roles");
        if (joined != null) {
            Arrays.stream(joined.split(",")).map(Role::valueOf).forEach(roles::add);
        }
        return new UserRow(
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                roles,
                rs.getString("agency_code"),
                null,
                rs.getBoolean("include_subordinates"),
                rs.getBoolean("enabled"),
                rs.getString("language"),
                rs.getTimestamp("created_at").toInstant());
    }
}
