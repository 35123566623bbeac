package vn.khien.registers.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.identity.AccessPolicy;
import vn.khien.registers.CredentialStatus;
import vn.khien.registers.domain.CredentialRepository;
import vn.khien.shared.EnumSql;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/** Reads of signing credentials, filtered by the user's access in SQL. */
@Service
public class CredentialQueries {

    /** Active credentials whose certificate ends within the window: the agency must renew them. */
    static final String EXPIRING = "(c.status IN " + EnumSql.in(CredentialStatus::active, CredentialStatus.values())
            + " AND c.valid_to IS NOT NULL" + " AND c.valid_to BETWEEN :today AND :windowEnd)";

    private static final String FROM = """
             FROM registers.credential c
            WHERE %s
              AND (CAST(:agency AS text) IS NULL OR c.agency_code = :agency)
              AND (CAST(:status AS text) IS NULL OR c.status = :status)
              AND (NOT :attention OR c.revocation_flagged OR %s)
              AND (CAST(:text AS text) IS NULL OR public.search_key(c.holder_name || ' ' || c.certificate_serial
                   || ' ' || coalesce(c.token_serial, '')) LIKE '%%' || public.search_key(:text) || '%%')
            """.formatted(RegisterAccess.ENTRIES.where("c"), EXPIRING);

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final CredentialRepository credentials;
    private final RegisterSettings settings;
    private final Clock clock;

    CredentialQueries(
            JdbcClient jdbc,
            AccessPolicy access,
            CredentialRepository credentials,
            RegisterSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.credentials = credentials;
        this.settings = settings;
        this.clock = clock;
    }

    public PageResponse<CredentialRow> list(CredentialFilter filter, Paging paging) {
        var params = parameters(filter);
        long total = jdbc.sql("SELECT count(*)" + FROM)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT c.*, " + EXPIRING + " AS expiring" + FROM
                        + " ORDER BY c.agency_code, c.holder_name, c.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(CredentialQueries::row)
                .list();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    public List<CredentialRow> all(CredentialFilter filter) {
        return jdbc.sql("SELECT c.*, " + EXPIRING + " AS expiring" + FROM
                        + " ORDER BY c.agency_code, c.holder_name, c.id")
                .params(parameters(filter))
                .query(CredentialQueries::row)
                .list();
    }

    @Transactional(readOnly = true)
    public CredentialView detail(long id) {
        var viewer = access.currentViewer();
        var credential = credentials
                .findById(id)
                .filter(c -> RegisterAccess.ENTRIES.allows(viewer, c.agencyCode()))
                .orElseThrow(() -> new ObjectNotFoundException(CredentialManagement.TYPE, String.valueOf(id)));
        var params = parameters(new CredentialFilter(null, null, null, null));
        var row = jdbc.sql("SELECT c.*, " + EXPIRING + " AS expiring FROM registers.credential c WHERE c.id = :id")
                .params(params)
                .param("id", id)
                .query(CredentialQueries::row)
                .single();
        return new CredentialView(
                row,
                credential.facts().staffId(),
                credential.transitions().stream()
                        .map(t -> new CredentialView.Step(t.fromStatus(), t.toStatus(), t.happenedOn(), t.reason()))
                        .toList(),
                credential.next(),
                RegisterAccess.canEdit(viewer, credential.agencyCode()));
    }

    /** The credentials linked to one person (already visible: the caller checked the person). */
    List<CredentialRow> heldBy(long staffId) {
        return jdbc.sql("SELECT c.*, " + EXPIRING + " AS expiring FROM registers.credential c WHERE c.staff_id = :staff"
                        + " ORDER BY c.valid_to DESC NULLS LAST, c.id")
                .params(parameters(new CredentialFilter(null, null, null, null)))
                .param("staff", staffId)
                .query(CredentialQueries::row)
                .list();
    }

    public int windowDays() {
        return settings.credentials().expiringWindowDays();
    }

    private Map<String, Object> parameters(CredentialFilter filter) {
        Map<String, Object> params = RegisterAccess.parameters(access.currentViewer(), filter.agencyCode());
        LocalDate today = LocalDate.now(clock);
        params.put("today", today);
        params.put("windowEnd", today.plusDays(windowDays()));
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("attention", Boolean.TRUE.equals(filter.attention()));
        params.put("text", Problems.clean(filter.text()));
        return params;
    }

    static CredentialRow row(ResultSet rs, int n) throws SQLException {
        return new CredentialRow(
                rs.getLong("id"),
                rs.getString("agency_code"),
                rs.getString("token_serial"),
                rs.getString("certificate_serial"),
                rs.getString("holder_name"),
                rs.getString("holder_position"),
                rs.getString("issuer"),
                rs.getString("purpose"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                CredentialStatus.valueOf(rs.getString("status")),
                rs.getBoolean("revocation_flagged"),
                rs.getString("revocation_reason"),
                rs.getBoolean("expiring"));
    }
}
