package vn.khien.agencies.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AccountableHead;
import vn.khien.agencies.AccountableHeads;
import vn.khien.agencies.AgencyDay;
import vn.khien.agencies.FocalPointRole;
import vn.khien.agencies.RegistryAccess;
import vn.khien.agencies.domain.AgencyRepository;
import vn.khien.shared.EnumSql;
import vn.khien.shared.ObjectNotFoundException;

/**
 * The head of an agency on a day, from the terms of the HEAD role: the term that began on or before the
 * day and had not yet been succeeded on it. Every question is answered by one statement over the set.
 */
@Service
@Transactional(readOnly = true)
public class AccountableHeadQueries implements AccountableHeads {

    private static final String HEADS_ON = """
            SELECT DISTINCT ON (q.agency_code, q.day) q.agency_code, q.day,
                   f.person_name, f.position, f.valid_from, f.valid_to
            FROM unnest(CAST(:codes AS text[]), CAST(:days AS date[])) AS q(agency_code, day)
            JOIN agencies.focal_point f
              ON f.agency_code = q.agency_code AND f.role = %s
             AND f.valid_from <= q.day AND (f.valid_to IS NULL OR f.valid_to > q.day)
            ORDER BY q.agency_code, q.day, f.valid_from DESC, f.id DESC""".formatted(EnumSql.literal(FocalPointRole.HEAD));

    private final JdbcClient jdbc;
    private final AgencyRepository agencies;
    private final RegistryAccess access;

    AccountableHeadQueries(JdbcClient jdbc, AgencyRepository agencies, RegistryAccess access) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.access = access;
    }

    @Override
    public Optional<AccountableHead> on(String agencyCode, LocalDate day) {
        return Optional.ofNullable(on(List.of(new AgencyDay(agencyCode, day))).get(new AgencyDay(agencyCode, day)));
    }

    @Override
    public Map<AgencyDay, AccountableHead> on(Collection<AgencyDay> questions) {
        List<AgencyDay> asked = questions.stream()
                .filter(q -> q.agencyCode() != null && q.day() != null)
                .distinct()
                .toList();
        Map<AgencyDay, AccountableHead> heads = new HashMap<>();
        if (asked.isEmpty()) {
            return heads;
        }
        jdbc.sql(HEADS_ON)
                .param("codes", asked.stream().map(AgencyDay::agencyCode).toArray(String[]::new))
                .param("days", asked.stream().map(q -> q.day().toString()).toArray(String[]::new))
                .query(AccountableHeadQueries::head)
                .list()
                .forEach(h -> heads.put(new AgencyDay(h.agencyCode(), h.day()), h));
        return heads;
    }

    /** For the registry's own route: an agency the user may not see, or an unknown one, is 404. */
    public Optional<AccountableHead> visibleOn(String agencyCode, LocalDate day) {
        if (!access.maySee(agencyCode) || !agencies.existsByCode(agencyCode)) {
            throw new ObjectNotFoundException("agency", agencyCode);
        }
        return on(agencyCode, day);
    }

    private static AccountableHead head(ResultSet rs, int n) throws SQLException {
        return new AccountableHead(
                rs.getString("agency_code"),
                rs.getObject("day", LocalDate.class),
                rs.getString("person_name"),
                rs.getString("position"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }
}
