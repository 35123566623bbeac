package vn.khien.registers.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.identity.AccessPolicy;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/** Reads of telecom measures, filtered by access in SQL. */
@Service
public class TelecomMeasureQueries {

    private static final String FROM = """
             FROM registers.telecom_measure m
            WHERE %s
              AND (CAST(:agency AS text) IS NULL OR m.agency_code = :agency)
              AND (CAST(:text AS text) IS NULL OR public.search_key(m.measure) LIKE '%%' || public.search_key(:text) || '%%')
            """.formatted(RegisterAccess.ENTRIES.where("m"));
    private static final String ORDER = " ORDER BY m.agency_code, m.since DESC, m.id DESC";

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final RegisterEvidence files;

    TelecomMeasureQueries(JdbcClient jdbc, AccessPolicy access, RegisterEvidence files) {
        this.jdbc = jdbc;
        this.access = access;
        this.files = files;
    }

    public PageResponse<TelecomMeasureRow> list(TelecomMeasureFilter filter, Paging paging) {
        var params = parameters(filter);
        long total = jdbc.sql("SELECT count(*)" + FROM)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT m.*" + FROM + ORDER + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(TelecomMeasureQueries::row)
                .list();
        return new PageResponse<>(withFiles(items), paging.page(), paging.size(), total);
    }

    public List<TelecomMeasureRow> all(TelecomMeasureFilter filter) {
        return withFiles(jdbc.sql("SELECT m.*" + FROM + ORDER)
                .params(parameters(filter))
                .query(TelecomMeasureQueries::row)
                .list());
    }

    /** An operator's measures for its registers tab (empty for an agency the user may not see). */
    public List<TelecomMeasureRow> of(String agencyCode) {
        if (!RegisterAccess.ENTRIES.allows(access.currentViewer(), agencyCode)) {
            return List.of();
        }
        return all(new TelecomMeasureFilter(agencyCode, null));
    }

    public TelecomMeasureRow detail(long id) {
        return jdbc.sql("SELECT m.*" + FROM + " AND m.id = :id")
                .params(parameters(new TelecomMeasureFilter(null, null)))
                .param("id", id)
                .query(TelecomMeasureQueries::row)
                .optional()
                .map(row -> withFiles(List.of(row)).get(0))
                .orElseThrow(() -> new ObjectNotFoundException(TelecomMeasures.TYPE, String.valueOf(id)));
    }

    public boolean mayEdit(String agencyCode) {
        return RegisterAccess.canEdit(access.currentViewer(), agencyCode);
    }

    private List<TelecomMeasureRow> withFiles(List<TelecomMeasureRow> rows) {
        var byMeasure =
                files.ofMeasures(rows.stream().map(TelecomMeasureRow::id).toList());
        return rows.stream()
                .map(row -> row.withFiles(byMeasure.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private Map<String, Object> parameters(TelecomMeasureFilter filter) {
        Map<String, Object> params = RegisterAccess.parameters(access.currentViewer(), filter.agencyCode());
        params.put("text", Problems.clean(filter.text()));
        return params;
    }

    private static TelecomMeasureRow row(ResultSet rs, int n) throws SQLException {
        return new TelecomMeasureRow(
                rs.getLong("id"),
                rs.getString("agency_code"),
                rs.getString("measure"),
                rs.getString("scope"),
                rs.getObject("since", LocalDate.class),
                rs.getString("evidence"),
                List.of());
    }
}
