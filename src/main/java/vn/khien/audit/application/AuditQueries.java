package vn.khien.audit.application;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;
import vn.khien.shared.ProvinceZone;

/** Browsing the audit trail, newest first, one query per page. */
@Service
public class AuditQueries {

    private static final String WHERE = """
            WHERE (CAST(:actor AS text) IS NULL OR actor = :actor)
              AND (CAST(:action AS text) IS NULL OR action LIKE :action)
              AND (CAST(:type AS text) IS NULL OR object_type = :type)
              AND (CAST(:id AS text) IS NULL OR object_id = :id)
              AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= :from)
              AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < :to)
            """;

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public PageResponse<AuditRow> list(AuditFilter filter, Paging paging) {
        return select(filter, paging);
    }

    private PageResponse<AuditRow> select(AuditFilter filter, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("actor", blankToNull(filter.actor()));
        params.put(
                "action",
                filter.action() == null || filter.action().isBlank()
                        ? null
                        : filter.action().strip() + "%");
        params.put("type", blankToNull(filter.objectType()));
        params.put("id", blankToNull(filter.objectId()));
        params.put(
                "from",
                filter.from() == null
                        ? null
                        : Timestamp.from(
                                filter.from().atStartOfDay(ProvinceZone.get()).toInstant()));
        params.put(
                "to",
                filter.to() == null
                        ? null
                        : Timestamp.from(filter.to()
                                .plusDays(1)
                                .atStartOfDay(ProvinceZone.get())
                                .toInstant()));
        long total = jdbc.sql("SELECT count(*) FROM audit.audit_record " + WHERE)
                .params(params)
                .query(Long.class)
                .single();
        List<AuditRow> rows = jdbc.sql(
                        "SELECT * FROM audit.audit_record " + WHERE + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new AuditRow(
                        rs.getLong("seq"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        rs.getString("before_state"),
                        rs.getString("after_state"),
                        rs.getString("remote_address")))
                .list();
        return new PageResponse<>(rows, paging.page(), paging.size(), total);
    }

    /** The changes to one object, newest first; the caller has checked that the user may see it. */
    public PageResponse<AuditRow> history(String objectType, String objectId, Paging paging) {
        return select(new AuditFilter(null, null, objectType, objectId, null, null), paging);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
