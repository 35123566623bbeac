package vn.khien.registers.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.identity.AccessPolicy;
import vn.khien.registers.AttestationKind;
import vn.khien.registers.AttestationStatus;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/** Reads of attestations, filtered by access in SQL. */
@Service
public class AttestationQueries {

    private static final String FROM = """
             FROM registers.attestation a
            WHERE %s
              AND (CAST(:agency AS text) IS NULL OR a.agency_code = :agency)
              AND (CAST(:kind AS text) IS NULL OR a.kind = :kind)
              AND (CAST(:status AS text) IS NULL OR a.status = :status)
            """.formatted(RegisterAccess.ENTRIES.where("a"));

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final RegisterEvidence files;

    AttestationQueries(JdbcClient jdbc, AccessPolicy access, RegisterEvidence files) {
        this.jdbc = jdbc;
        this.access = access;
        this.files = files;
    }

    public PageResponse<AttestationRow> list(AttestationFilter filter, Paging paging) {
        var params = parameters(filter);
        long total = jdbc.sql("SELECT count(*)" + FROM)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        "SELECT a.*" + FROM + " ORDER BY a.attested_on DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(AttestationQueries::row)
                .list();
        return new PageResponse<>(withFiles(items), paging.page(), paging.size(), total);
    }

    public List<AttestationRow> all(AttestationFilter filter) {
        return jdbc.sql("SELECT a.*" + FROM + " ORDER BY a.attested_on DESC, a.id DESC")
                .params(parameters(filter))
                .query(AttestationQueries::row)
                .list();
    }

    public AttestationRow detail(long id) {
        return jdbc.sql("SELECT a.*" + FROM + " AND a.id = :id")
                .params(parameters(new AttestationFilter(null, null, null)))
                .param("id", id)
                .query(AttestationQueries::row)
                .optional()
                .map(row -> withFiles(List.of(row)).get(0))
                .orElseThrow(() -> new ObjectNotFoundException(AttestationManagement.TYPE, String.valueOf(id)));
    }

    private List<AttestationRow> withFiles(List<AttestationRow> rows) {
        var byAttestation =
                files.ofAttestations(rows.stream().map(AttestationRow::id).toList());
        return rows.stream()
                .map(row -> row.withFiles(byAttestation.getOrDefault(row.id(), List.of())))
                .toList();
    }

    public boolean mayDecide() {
        return access.currentViewer().coordinator();
    }

    private Map<String, Object> parameters(AttestationFilter filter) {
        Map<String, Object> params = RegisterAccess.parameters(access.currentViewer(), filter.agencyCode());
        params.put("kind", filter.kind() == null ? null : filter.kind().name());
        params.put("status", filter.status() == null ? null : filter.status().name());
        return params;
    }

    private static AttestationRow row(ResultSet rs, int n) throws SQLException {
        return new AttestationRow(
                rs.getLong("id"),
                rs.getString("agency_code"),
                AttestationKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getObject("attested_on", LocalDate.class),
                rs.getString("evidence"),
                AttestationStatus.valueOf(rs.getString("status")),
                rs.getObject("decided_on", LocalDate.class),
                rs.getString("decision_note"),
                List.of());
    }
}
