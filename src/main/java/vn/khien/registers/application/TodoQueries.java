package vn.khien.registers.application;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.registers.AttestationStatus;
import vn.khien.registers.ExceptionStatus;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.Paging;

/**
 * The registers' to-do list: expiring certificates and credentials flagged for revocation, exceptions
 * and attestations awaiting the coordinator, and people short of their yearly training hours.
 */
@Service
public class TodoQueries {

    private static final int SHORT_LIST = 10;

    private final JdbcClient jdbc;
    private final RegisterAccess access;
    private final CredentialQueries credentials;
    private final ItPlanQueries plans;
    private final AttestationQueries attestations;
    private final StaffQueries staff;
    private final Clock clock;

    TodoQueries(
            JdbcClient jdbc,
            RegisterAccess access,
            CredentialQueries credentials,
            ItPlanQueries plans,
            AttestationQueries attestations,
            StaffQueries staff,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.credentials = credentials;
        this.plans = plans;
        this.attestations = attestations;
        this.staff = staff;
        this.clock = clock;
    }

    /** Counts over every agency the user may see ({@code agencyCode} null) or over one agency. */
    public TodoCounts counts(String agencyCode) {
        var params = access.sqlParameters();
        LocalDate today = LocalDate.now(clock);
        params.put("agency", agencyCode);
        params.put("today", today);
        params.put("windowEnd", today.plusDays(credentials.windowDays()));
        params.put("year", today.getYear());
        String agencies =
                " AND (CAST(:agency AS text) IS NULL OR %1$s = :agency) AND " + RegisterAccess.visible("%1$s");
        return jdbc.sql("SELECT"
                        + " (SELECT count(*) FROM registers.credential c WHERE " + CredentialQueries.EXPIRING
                        + agencies.formatted("c.agency_code") + ") AS expiring,"
                        + " (SELECT count(*) FROM registers.credential c WHERE c.revocation_flagged"
                        + agencies.formatted("c.agency_code") + ") AS flagged,"
                        + " (SELECT count(*) FROM registers.it_plan p WHERE p.exception_status = 'DECLARED'"
                        + agencies.formatted("p.agency_code") + ") AS exceptions,"
                        + " (SELECT count(*) FROM registers.attestation a WHERE a.status = 'SUBMITTED'"
                        + agencies.formatted("a.agency_code") + ") AS attestations,"
                        + " (SELECT count(*) FROM registers.staff s CROSS JOIN registers.workforce_setting w WHERE "
                        + StaffQueries.BELOW_TARGET + agencies.formatted("s.agency_code") + ") AS below")
                .params(params)
                .query((rs, n) -> new TodoCounts(
                        rs.getLong("expiring"),
                        rs.getLong("flagged"),
                        rs.getLong("exceptions"),
                        rs.getLong("attestations"),
                        rs.getLong("below")))
                .single();
    }

    public AgencyTodo forAgency(String agencyCode) {
        if (!access.viewer().canSee(agencyCode)) {
            throw new ObjectNotFoundException("agency", agencyCode);
        }
        Paging few = Paging.of(0, SHORT_LIST);
        return new AgencyTodo(
                agencyCode,
                counts(agencyCode),
                credentials
                        .list(new CredentialFilter(agencyCode, null, true, null), few)
                        .items(),
                plans.list(new ItPlanFilter(agencyCode, null, null, ExceptionStatus.DECLARED, null), few)
                        .items(),
                attestations
                        .list(new AttestationFilter(agencyCode, null, AttestationStatus.SUBMITTED), few)
                        .items(),
                staff.list(new StaffFilter(agencyCode, null, false, true, null, null), few)
                        .items(),
                credentials.windowDays());
    }
}
