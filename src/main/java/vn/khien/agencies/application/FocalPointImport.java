package vn.khien.agencies.application;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AppointmentData;
import vn.khien.agencies.FocalPointRole;
import vn.khien.agencies.RegistryAccess;
import vn.khien.agencies.domain.Appointment;
import vn.khien.agencies.domain.FocalPoint;
import vn.khien.agencies.domain.FocalPointRepository;
import vn.khien.shared.spreadsheet.ImportReport;
import vn.khien.shared.spreadsheet.ParsedSheet;
import vn.khien.shared.spreadsheet.SheetReader;
import vn.khien.shared.spreadsheet.SheetRow;

/**
 * Imports focal points: one row per agency and role. A row naming the person already in charge from
 * the same day changes nothing (re-import is idempotent); any other row appoints, ending the current
 * term. Agency officers may import for the agencies they maintain; rows for others are refused.
 */
@Service
public class FocalPointImport {

    private final SheetReader reader;
    private final FocalPointRepository focalPoints;
    private final RegistryAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    FocalPointImport(
            SheetReader reader, FocalPointRepository focalPoints, RegistryAccess access, JdbcClient jdbc, Clock clock) {
        this.reader = reader;
        this.focalPoints = focalPoints;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public ImportReport importFocalPoints(InputStream file) {
        ParsedSheet sheet = reader.read(file, AgencySheets.FOCAL_POINTS, AgencyImport.MAX_ROWS);
        Map<String, Current> current = currentTerms();
        Set<String> known = new HashSet<>(
                jdbc.sql("SELECT code FROM agencies.agency").query(String.class).list());
        Set<String> seen = new HashSet<>();
        Map<SheetRow, Appointment> appointments = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (SheetRow row : sheet.rows()) {
            String agency = row.text("agencyCode");
            FocalPointRole role = row.enumValue("role", FocalPointRole.class);
            if (agency != null && (!known.contains(agency) || !access.mayMaintain(agency))) {
                row.reject("agencyCode", "agencies.import.agency-not-maintainable", agency);
            }
            if (agency != null && role != null && !seen.add(agency + "/" + role)) {
                row.reject("role", "agencies.import.duplicate-role", agency);
            }
            AppointmentData data = data(row);
            List<vn.khien.shared.InvalidInputException.FieldProblem> problems = data.problems();
            problems.forEach(p -> row.reject(p.field(), p.messageKey(), row.text(p.field())));
            if (!row.hasProblems() && agency != null && role != null) {
                Appointment appointment = data.toAppointment(today);
                Current holder = current.get(agency + "/" + role);
                if (holder != null && appointment.validFrom().isBefore(holder.validFrom())) {
                    row.reject("validFrom", "agencies.focal-point.error.before-current");
                }
                appointments.put(row, appointment);
            }
        }
        if (sheet.hasProblems()) {
            return ImportReport.refused(sheet);
        }
        int created = 0;
        int updated = 0;
        for (SheetRow row : sheet.rows()) {
            String agency = row.text("agencyCode");
            FocalPointRole role = row.enumValue("role", FocalPointRole.class);
            Appointment appointment = appointments.get(row);
            Current holder = current.get(agency + "/" + role);
            if (holder != null && holder.sameAs(appointment)) {
                continue;
            }
            FocalPoint previous = null;
            if (holder != null) {
                previous = focalPoints.findById(holder.id()).orElseThrow();
                previous.endOn(appointment.validFrom());
                focalPoints.save(previous);
                updated++;
            } else {
                created++;
            }
            focalPoints.save(FocalPoint.appoint(agency, role, appointment, previous, clock.instant()));
        }
        return new ImportReport(sheet.rows().size(), created, updated, List.of());
    }

    private Map<String, Current> currentTerms() {
        Map<String, Current> terms = new HashMap<>();
        jdbc.sql("""
                        SELECT id, agency_code, role, person_name, valid_from
                        FROM agencies.focal_point WHERE valid_to IS NULL""").query(rs -> {
            terms.put(
                    rs.getString("agency_code") + "/" + rs.getString("role"),
                    new Current(
                            rs.getLong("id"),
                            rs.getString("person_name"),
                            rs.getObject("valid_from", LocalDate.class)));
        });
        return terms;
    }

    private static AppointmentData data(SheetRow row) {
        return new AppointmentData(
                row.text("unitName"),
                row.text("personName"),
                row.text("position"),
                row.text("phone"),
                row.text("email"),
                row.text("decisionNumber"),
                row.date("appointedOn"),
                row.text("deputyName"),
                row.text("deputyPhone"),
                row.text("deputyEmail"),
                row.date("validFrom"));
    }

    private record Current(long id, String personName, LocalDate validFrom) {
        boolean sameAs(Appointment appointment) {
            return personName.equals(appointment.personName()) && validFrom.equals(appointment.validFrom());
        }
    }
}
