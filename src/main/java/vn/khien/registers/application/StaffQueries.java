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
import vn.khien.registers.SecurityRole;
import vn.khien.registers.domain.StaffRepository;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/** Reads of the security workforce with yearly training hours, filtered by access in SQL. */
@Service
public class StaffQueries {

    private static final String SELECT = """
            SELECT s.*, w.yearly_training_hours AS target, CAST(:year AS integer) AS year_of_hours,
                   COALESCE((SELECT sum(t.hours) FROM registers.training t
                              WHERE t.staff = s.id AND t.attended_on >= make_date(:year, 1, 1)
                                AND t.attended_on < make_date(:year + 1, 1, 1)), 0) AS hours
            """;
    private static final String FROM = """
             FROM registers.staff s CROSS JOIN registers.workforce_setting w
            WHERE %s
              AND (CAST(:agency AS text) IS NULL OR s.agency_code = :agency)
              AND (CAST(:role AS text) IS NULL OR s.security_role = :role)
              AND (CAST(:leavers AS boolean) IS NULL OR (s.left_on IS NOT NULL) = :leavers)
              AND (CAST(:text AS text) IS NULL OR public.search_key(s.full_name) LIKE '%%' || public.search_key(:text) || '%%')
            """.formatted(RegisterAccess.ENTRIES.where("s"));
    /** Still serving and short of the target in the year: the agency's training to-do. */
    static final String BELOW_TARGET = "s.left_on IS NULL AND COALESCE((SELECT sum(t.hours) FROM registers.training t"
            + " WHERE t.staff = s.id AND t.attended_on >= make_date(:year, 1, 1)"
            + " AND t.attended_on < make_date(:year + 1, 1, 1)), 0) < w.yearly_training_hours";

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final StaffRepository staff;
    private final CredentialQueries credentials;
    private final Clock clock;

    StaffQueries(
            JdbcClient jdbc, AccessPolicy access, StaffRepository staff, CredentialQueries credentials, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.staff = staff;
        this.credentials = credentials;
        this.clock = clock;
    }

    public PageResponse<StaffRow> list(StaffFilter filter, Paging paging) {
        var params = parameters(filter);
        String from = from(filter);
        long total = jdbc.sql("SELECT count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql(SELECT + from + " ORDER BY s.agency_code, s.full_name, s.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(StaffQueries::row)
                .list();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    public List<StaffRow> all(StaffFilter filter) {
        return jdbc.sql(SELECT + from(filter) + " ORDER BY s.agency_code, s.full_name, s.id")
                .params(parameters(filter))
                .query(StaffQueries::row)
                .list();
    }

    @Transactional(readOnly = true)
    public StaffView detail(long id) {
        var viewer = access.currentViewer();
        var person = staff.findById(id)
                .filter(s -> RegisterAccess.ENTRIES.allows(viewer, s.agencyCode()))
                .orElseThrow(() -> new ObjectNotFoundException(StaffManagement.TYPE, String.valueOf(id)));
        var params = parameters(new StaffFilter(null, null, null, null, null, null));
        var row = jdbc.sql(SELECT + " FROM registers.staff s CROSS JOIN registers.workforce_setting w WHERE s.id = :id")
                .params(params)
                .param("id", id)
                .query(StaffQueries::row)
                .single();
        var held = credentials.heldBy(id);
        var qualifications = person.qualifications().stream()
                .map(q -> new StaffView.Qualification(q.name(), q.issuer(), q.obtainedOn(), q.expiresOn()))
                .toList();
        var trainings = person.trainings().stream()
                .map(t -> new StaffView.Training(t.course(), t.provider(), t.hours(), t.attendedOn()))
                .toList();
        return new StaffView(row, qualifications, trainings, held, RegisterAccess.canEdit(viewer, person.agencyCode()));
    }

    private static String from(StaffFilter filter) {
        return Boolean.TRUE.equals(filter.belowTarget()) ? FROM + " AND " + BELOW_TARGET : FROM;
    }

    private Map<String, Object> parameters(StaffFilter filter) {
        Map<String, Object> params = RegisterAccess.parameters(access.currentViewer(), filter.agencyCode());
        params.put("year", filter.year() == null ? LocalDate.now(clock).getYear() : filter.year());
        params.put("role", filter.role() == null ? null : filter.role().name());
        params.put("leavers", filter.leavers());
        params.put("text", Problems.clean(filter.text()));
        return params;
    }

    private static StaffRow row(ResultSet rs, int n) throws SQLException {
        var hours = rs.getBigDecimal("hours");
        var target = rs.getBigDecimal("target");
        var leftOn = rs.getObject("left_on", LocalDate.class);
        return new StaffRow(
                rs.getLong("id"),
                rs.getString("agency_code"),
                rs.getString("full_name"),
                rs.getString("position"),
                SecurityRole.valueOf(rs.getString("security_role")),
                rs.getObject("joined_on", LocalDate.class),
                leftOn,
                rs.getInt("year_of_hours"),
                hours,
                target,
                leftOn == null && hours.compareTo(target) < 0);
    }
}
