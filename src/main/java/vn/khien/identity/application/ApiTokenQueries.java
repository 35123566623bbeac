package vn.khien.identity.application;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/** The coordinator's list of API tokens: never the token, only its first characters. */
@Service
public class ApiTokenQueries {

    private final JdbcClient jdbc;

    ApiTokenQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ApiTokenRow(
            long id,
            String name,
            String organisationCode,
            String prefix,
            String issuedBy,
            Instant issuedAt,
            Instant revokedAt,
            Instant lastUsedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    public PageResponse<ApiTokenRow> list(Paging paging) {
        var items = jdbc.sql("""
                        SELECT id, name, organisation_code, prefix, issued_by, issued_at, revoked_at, last_used_at
                          FROM identity.api_token ORDER BY revoked_at IS NOT NULL, issued_at DESC, id DESC
                         LIMIT :limit OFFSET :offset""")
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new ApiTokenRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("organisation_code"),
                        rs.getString("prefix"),
                        rs.getString("issued_by"),
                        instant(rs.getTimestamp("issued_at")),
                        instant(rs.getTimestamp("revoked_at")),
                        instant(rs.getTimestamp("last_used_at"))))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM identity.api_token")
                .query(Long.class)
                .single();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
