package vn.khien.registers.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.identity.AccessPolicy;
import vn.khien.registers.AttestationStatus;
import vn.khien.registers.ExceptionStatus;
import vn.khien.shared.EnumSql;
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
    private final AccessPolicy access;
    private final CredentialQueries credentials;
    private final ItPlanQueries plans;
    private final AttestationQueries attestations;
    private final StaffQueries staff;
    private final Clock clock;

    TodoQueries(
            JdbcClient jdbc,
            AccessPolicy access,
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
        var params = RegisterAccess.ENTRIES.parameters(access.currentViewer());
        LocalDate today = LocalDate.now(clock);
        params.put("agency", agencyCode);
        params.put("today", today);
        params.put("windowEnd", today.plusDays(credentials.windowDays()));
        params.put("year", today.getYear());
        Function<String, String> agencies = alias -> " AND (CAST(:agency AS text) IS NULL OR " + alias
                + ".agency_code = :agency) AND " + RegisterAccess.ENTRIES.where(alias);
        return jdbc.sql("SELECT"
                        + " (SELECT count(*) FROM registers.credential c WHERE " + CredentialQueries.EXPIRING
                        + agencies.apply("c") + ") AS expiring,"
                        + " (SELECT count(*) FROM registers.credential c WHERE c.revocation_flagged"
                        + agencies.apply("c") + ") AS flagged,"
                        + " (SELECT count(*) FROM registers.it_plan p WHERE p.exception_status = "
                        + EnumSql.literal(ExceptionStatus.DECLARED)
                        + agencies.apply("p") + ") AS exceptions,"
                        + " (SELECT count(*) FROM registers.attestation a WHERE a.status = "
                        + EnumSql.literal(AttestationStatus.SUBMITTED)
                        + agencies.apply("a") + ") AS attestations,"
                        + " (SELECT count(*) FROM registers.staff s CROSS JOIN registers.workforce_setting w WHERE "
                        + StaffQueries.BELOW_TARGET + agencies.apply("s") + ") AS below")
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
        if (!RegisterAccess.ENTRIES.allows(access.currentViewer(), agencyCode)) {
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
