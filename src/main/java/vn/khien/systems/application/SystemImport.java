package vn.khien.systems.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.systems.ImportResult;
import vn.khien.systems.SystemBulkImport;
import vn.khien.systems.SystemDetails;
import vn.khien.systems.SystemLevelApproved;
import vn.khien.systems.SystemParts;
import vn.khien.systems.SystemRegistered;
import vn.khien.systems.SystemType;
import vn.khien.systems.SystemsImported;

/**
 * Creates or updates many systems by code in one transaction and one statement ({@code INSERT ... SELECT
 * FROM unnest(...) ON CONFLICT (code) DO UPDATE}). All rows are checked first; if any row is bad,
 * nothing is imported and every problem is reported. Components, assets, products and arrangements are
 * not touched here ({@link #importParts} adds them). Each new system publishes {@code SystemRegistered}, each level set or changed
 * {@code SystemLevelApproved}, and the batch a {@code SystemsImported} summary.
 */
@Service
public class SystemImport implements SystemBulkImport {

    private static final String UPSERT = """
            WITH previous AS (
                SELECT code, approved_level FROM systems.information_system WHERE code = ANY(CAST(:code AS text[]))),
            upserted AS (
            INSERT INTO systems.information_system AS s (code, name, owner_code, operator_code, type, e_government,
                public_service_level, personal_data_subjects, proposed_level, approved_level, status,
                decision_number, decision_date, decision_approver_code, monitoring_connected, monitoring_since,
                monitoring_method, registered_at, version)
            SELECT r.code, r.name, r.owner, r.operator, r.type, r.egov, r.psl, r.pds, r.proposed, r.approved,
                   r.status, r.dnum, r.ddate, r.dby, r.mon, r.msince, r.mmethod, :now, 1
              FROM unnest(CAST(:code AS text[]), CAST(:name AS text[]), CAST(:owner AS text[]),
                          CAST(:operator AS text[]), CAST(:type AS text[]), CAST(:egov AS boolean[]),
                          CAST(:psl AS smallint[]), CAST(:pds AS integer[]), CAST(:proposed AS smallint[]),
                          CAST(:approved AS smallint[]), CAST(:status AS text[]), CAST(:dnum AS text[]),
                          CAST(:ddate AS date[]), CAST(:dby AS text[]), CAST(:mon AS boolean[]),
                          CAST(:msince AS date[]), CAST(:mmethod AS text[]))
                   AS r(code, name, owner, operator, type, egov, psl, pds, proposed, approved, status, dnum, ddate,
                        dby, mon, msince, mmethod)
            ON CONFLICT (code) DO UPDATE SET
                name = EXCLUDED.name, owner_code = EXCLUDED.owner_code, operator_code = EXCLUDED.operator_code,
                type = EXCLUDED.type, e_government = EXCLUDED.e_government,
                public_service_level = EXCLUDED.public_service_level,
                personal_data_subjects = EXCLUDED.personal_data_subjects, proposed_level = EXCLUDED.proposed_level,
                approved_level = coalesce(EXCLUDED.approved_level, s.approved_level),
                decision_number = coalesce(EXCLUDED.decision_number, s.decision_number),
                decision_date = coalesce(EXCLUDED.decision_date, s.decision_date),
                decision_approver_code = coalesce(EXCLUDED.decision_approver_code, s.decision_approver_code),
                status = EXCLUDED.status, monitoring_connected = EXCLUDED.monitoring_connected,
                monitoring_since = EXCLUDED.monitoring_since, monitoring_method = EXCLUDED.monitoring_method,
                version = s.version + 1
            RETURNING s.code, s.name, s.owner_code, s.type, (xmax = 0) AS inserted, s.approved_level,
                      s.decision_number, s.decision_date, s.decision_approver_code)
            SELECT u.*, p.approved_level AS previous_level
              FROM upserted u LEFT JOIN previous p ON p.code = u.code""";

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SystemPartsWriter parts;

    SystemImport(
            JdbcClient jdbc,
            AgencyDirectory agencies,
            ApplicationEventPublisher events,
            Clock clock,
            SystemPartsWriter parts) {
        this.jdbc = jdbc;
        this.parts = parts;
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public ImportResult importAll(List<SystemDetails> rows) {
        var problems = check(rows);
        if (!problems.isEmpty()) {
            return new ImportResult(0, 0, problems);
        }
        List<Upserted> upserted = jdbc.sql(UPSERT)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("code", column(rows, SystemDetails::code))
                .param("name", column(rows, d -> d.name().strip()))
                .param("owner", column(rows, SystemDetails::ownerCode))
                .param(
                        "operator",
                        column(rows, d -> SystemValidation.blank(d.operatorCode()) ? null : d.operatorCode()))
                .param("type", column(rows, d -> d.type().name()))
                .param("egov", column(rows, SystemDetails::eGovernment))
                .param("psl", column(rows, SystemDetails::publicServiceLevel))
                .param("pds", column(rows, SystemDetails::personalDataSubjects))
                .param("proposed", column(rows, SystemDetails::proposedLevel))
                .param("approved", column(rows, SystemDetails::approvedLevel))
                .param("status", column(rows, d -> d.status().name()))
                .param(
                        "dnum",
                        column(
                                rows,
                                d -> d.decision() == null ? null : d.decision().number()))
                .param(
                        "ddate",
                        column(
                                rows,
                                d -> d.decision() == null ? null : d.decision().date()))
                .param(
                        "dby",
                        column(
                                rows,
                                d -> d.decision() == null ? null : d.decision().approverCode()))
                .param("mon", column(rows, SystemDetails::monitoringConnected))
                .param("msince", column(rows, d -> d.monitoringSince() == null ? null : d.monitoringSince()))
                .param(
                        "mmethod",
                        column(
                                rows,
                                d -> d.monitoringMethod() == null
                                        ? null
                                        : d.monitoringMethod().name()))
                .query((rs, n) -> new Upserted(
                        rs.getBoolean("inserted"),
                        new SystemRegistered(
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getString("owner_code"),
                                SystemType.valueOf(rs.getString("type"))),
                        levelApproved(rs)))
                .list();
        // other modules react to each system as if it had been registered or approved one by one
        upserted.forEach(u -> {
            if (u.inserted()) {
                events.publishEvent(u.registered());
            }
            if (u.levelApproved() != null) {
                events.publishEvent(u.levelApproved());
            }
        });
        int created = (int) upserted.stream().filter(Upserted::inserted).count();
        String codes = rows.stream().limit(50).map(SystemDetails::code).collect(Collectors.joining(","));
        events.publishEvent(
                new SystemsImported(created, rows.size() - created, rows.size() > 50 ? codes + ",…" : codes));
        return new ImportResult(created, rows.size() - created, List.of());
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public void importParts(List<SystemParts> rows) {
        parts.write(rows);
    }

    /** A level that the import set or changed; null when the row carries none or the same one. */
    private static SystemLevelApproved levelApproved(java.sql.ResultSet rs) throws java.sql.SQLException {
        Integer level = rs.getObject("approved_level", Integer.class);
        Integer previous = rs.getObject("previous_level", Integer.class);
        if (level == null || level.equals(previous)) {
            return null;
        }
        return new SystemLevelApproved(
                rs.getString("code"),
                rs.getString("owner_code"),
                level,
                rs.getString("decision_number"),
                rs.getObject("decision_date", java.time.LocalDate.class),
                rs.getString("decision_approver_code"));
    }

    private record Upserted(boolean inserted, SystemRegistered registered, SystemLevelApproved levelApproved) {}

    /** All rows against the registry, with one lookup of every agency code they mention. */
    public List<ImportResult.RowProblem> check(List<SystemDetails> rows) {
        Set<String> mentioned = rows.stream()
                .flatMap(d -> SystemValidation.agencyCodes(d).stream())
                .collect(Collectors.toSet());
        Set<String> known = agencies.namesOf(mentioned).keySet();
        Set<String> seen = new HashSet<>();
        List<ImportResult.RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            for (var p : SystemValidation.check(row, true, known)) {
                problems.add(new ImportResult.RowProblem(i, p.field(), p.messageKey(), p.arguments()));
            }
            if (row.code() != null && !seen.add(row.code())) {
                problems.add(new ImportResult.RowProblem(i, "code", "systems.import.error.code-repeated", List.of()));
            }
        }
        return problems;
    }

    /** One column of the batch as text; PostgreSQL casts each array to its column type. */
    private static String[] column(List<SystemDetails> rows, Function<SystemDetails, Object> value) {
        return rows.stream()
                .map(value)
                .map(v -> v == null ? null : v.toString())
                .toArray(String[]::new);
    }
}
