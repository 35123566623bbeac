package vn.khien.registers.application;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import vn.khien.shared.spreadsheet.PreparedExport;
import vn.khien.shared.spreadsheet.SheetExport;
import vn.khien.shared.spreadsheet.SheetLayout;

/** The filtered register lists as XLSX or CSV, with the viewer's access applied by the same queries. */
@Service
public class RegisterExport {

    private final ItPlanQueries plans;
    private final CredentialQueries credentials;
    private final StaffQueries staff;
    private final AttestationQueries attestations;
    private final TelecomMeasureQueries telecom;
    private final SheetExport export;

    RegisterExport(
            ItPlanQueries plans,
            CredentialQueries credentials,
            StaffQueries staff,
            AttestationQueries attestations,
            TelecomMeasureQueries telecom,
            SheetExport export) {
        this.plans = plans;
        this.credentials = credentials;
        this.staff = staff;
        this.attestations = attestations;
        this.telecom = telecom;
        this.export = export;
    }

    public PreparedExport itPlans(ItPlanFilter filter, boolean csv) {
        var rows = plans.all(filter).stream()
                .map(p -> row(
                        p.agencyCode(),
                        p.kind(),
                        p.name(),
                        p.yearFrom(),
                        p.yearTo(),
                        p.totalBudget(),
                        p.securityBudget(),
                        p.sharePercent(),
                        p.exceptionStatus()))
                .toList();
        return write(RegisterSheets.IT_PLANS, rows, csv);
    }

    public PreparedExport credentials(CredentialFilter filter, boolean csv) {
        var rows = credentials.all(filter).stream()
                .map(c -> row(
                        c.agencyCode(),
                        c.tokenSerial(),
                        c.certificateSerial(),
                        c.holderName(),
                        c.holderPosition(),
                        c.issuer(),
                        c.purpose(),
                        c.validFrom(),
                        c.validTo(),
                        c.status()))
                .toList();
        return write(RegisterSheets.CREDENTIALS, rows, csv);
    }

    public PreparedExport staff(StaffFilter filter, boolean csv) {
        var rows = staff.all(filter).stream()
                .map(s -> row(
                        s.agencyCode(),
                        s.fullName(),
                        s.position(),
                        s.securityRole(),
                        s.joinedOn(),
                        s.leftOn(),
                        s.year(),
                        s.hours(),
                        s.targetHours()))
                .toList();
        return write(RegisterSheets.STAFF, rows, csv);
    }

    public PreparedExport attestations(AttestationFilter filter, boolean csv) {
        var rows = attestations.all(filter).stream()
                .map(a -> row(
                        a.agencyCode(), a.kind(), a.title(), a.attestedOn(), a.evidence(), a.status(), a.decidedOn()))
                .toList();
        return write(RegisterSheets.ATTESTATIONS, rows, csv);
    }

    public PreparedExport telecomMeasures(TelecomMeasureFilter filter, boolean csv) {
        var rows = telecom.all(filter).stream()
                .map(m -> row(
                        m.agencyCode(),
                        m.measure(),
                        m.scope(),
                        m.since(),
                        m.evidence(),
                        m.files().size()))
                .toList();
        return write(RegisterSheets.TELECOM_MEASURES, rows, csv);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** The rows are read now, with the viewer's access; the file is written when the response streams. */
    private PreparedExport write(SheetLayout layout, List<List<Object>> rows, boolean csv) {
        return out -> {
            Stream<List<Object>> stream = rows.stream();
            if (csv) {
                export.csv(layout, stream, out);
            } else {
                export.xlsx(layout, stream, out);
            }
        };
    }
}
