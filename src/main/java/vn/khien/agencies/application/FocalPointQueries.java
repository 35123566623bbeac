package vn.khien.agencies.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyStatus;
import vn.khien.agencies.FocalPointRole;
import vn.khien.agencies.RegistryAccess;
import vn.khien.agencies.application.FocalPointAttention.Problem;
import vn.khien.shared.EnumSql;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/** Focal points of an agency (current and past), and the agencies whose focal points need attention. */
@Service
@Transactional(readOnly = true)
public class FocalPointQueries {

    private final JdbcClient jdbc;
    private final RegistryAccess access;
    private final FocalPointSettings settings;
    private final Clock clock;

    FocalPointQueries(JdbcClient jdbc, RegistryAccess access, FocalPointSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every term, current first, then the most recent. */
    public List<FocalPointView> of(String agencyCode) {
        if (!access.maySee(agencyCode)
                || jdbc.sql("SELECT count(*) FROM agencies.agency WHERE code = ?")
                                .param(agencyCode)
                                .query(Long.class)
                                .single()
                        == 0) {
            throw new ObjectNotFoundException("agency", agencyCode);
        }
        LocalDate staleBefore = staleBefore();
        return jdbc.sql("""
                        SELECT * FROM agencies.focal_point WHERE agency_code = ?
                        ORDER BY role, valid_to IS NULL DESC, valid_from DESC, id DESC""")
                .param(agencyCode)
                .query((rs, n) -> view(rs, staleBefore))
                .list();
    }

    /**
     * Agencies of the kinds that must have focal points, with a role that is missing or not
     * re-confirmed within the configured months — one set-based query over the whole registry.
     */
    public PageResponse<FocalPointAttention> needingAttention(Paging paging) {
        Map<String, Object> visibility = access.sqlParameters();
        String from = """
                FROM agencies.agency a
                CROSS JOIN (VALUES (%s), (%s)) AS r(role)
                LEFT JOIN agencies.focal_point f
                       ON f.agency_code = a.code AND f.role = r.role AND f.valid_to IS NULL
                WHERE a.status = %s AND a.kind = ANY(:kinds) AND %s
                  AND (f.id IS NULL OR f.confirmed_on < :staleBefore)
                """.formatted(
                        EnumSql.literal(FocalPointRole.SECURITY_UNIT),
                        EnumSql.literal(FocalPointRole.INCIDENT_CONTACT),
                        EnumSql.literal(AgencyStatus.ACTIVE),
                        Visibility.CONDITION);
        String[] kinds = settings.requiredKinds().stream().map(Enum::name).toArray(String[]::new);
        LocalDate staleBefore = staleBefore();
        UnaryOperator<JdbcClient.StatementSpec> bind =
                spec -> spec.params(visibility).param("kinds", kinds).param("staleBefore", staleBefore);
        long total = bind.apply(jdbc.sql("SELECT count(*) " + from))
                .query(Long.class)
                .single();
        List<FocalPointAttention> rows = bind.apply(
                        jdbc.sql("SELECT a.code, a.name, r.role, f.person_name, f.confirmed_on " + from
                                + " ORDER BY f.id IS NOT NULL, a.name, a.code, r.role LIMIT :limit OFFSET :offset"))
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new FocalPointAttention(
                        rs.getString("code"),
                        rs.getString("name"),
                        FocalPointRole.valueOf(rs.getString("role")),
                        rs.getString("person_name"),
                        rs.getObject("confirmed_on", LocalDate.class),
                        rs.getString("person_name") == null ? Problem.MISSING : Problem.STALE))
                .list();
        return new PageResponse<>(rows, paging.page(), paging.size(), total);
    }

    public int reconfirmMonths() {
        return settings.reconfirmMonths();
    }

    private LocalDate staleBefore() {
        return LocalDate.now(clock).minusMonths(settings.reconfirmMonths());
    }

    static FocalPointView view(ResultSet rs, LocalDate staleBefore) throws SQLException {
        LocalDate validTo = rs.getObject("valid_to", LocalDate.class);
        LocalDate confirmedOn = rs.getObject("confirmed_on", LocalDate.class);
        FocalPointRole role = FocalPointRole.valueOf(rs.getString("role"));
        return new FocalPointView(
                role,
                rs.getString("unit_name"),
                rs.getString("person_name"),
                rs.getString("position"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("decision_number"),
                rs.getObject("appointed_on", LocalDate.class),
                rs.getString("deputy_name"),
                rs.getString("deputy_phone"),
                rs.getString("deputy_email"),
                rs.getObject("valid_from", LocalDate.class),
                validTo,
                confirmedOn,
                // the head is not re-confirmed: no text asks for it
                role.focalPoint() && validTo == null && confirmedOn.isBefore(staleBefore));
    }
}
