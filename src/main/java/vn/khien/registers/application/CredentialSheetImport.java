package vn.khien.registers.application;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.registers.CredentialData;
import vn.khien.registers.CredentialStatus;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.spreadsheet.ImportReport;
import vn.khien.shared.spreadsheet.ParsedSheet;
import vn.khien.shared.spreadsheet.SheetReader;
import vn.khien.shared.spreadsheet.SheetRow;

/**
 * Imports an agency's existing token list. Every row is checked first (cells, rules, duplicates in the
 * file and in the register); one problem refuses the whole file, so nothing is half-imported.
 */
@Service
public class CredentialSheetImport {

    static final int MAX_ROWS = 5_000;

    private final SheetReader reader;
    private final CredentialManagement management;

    CredentialSheetImport(SheetReader reader, CredentialManagement management) {
        this.reader = reader;
        this.management = management;
    }

    @Transactional
    public ImportReport importTokens(InputStream file) {
        ParsedSheet sheet = reader.read(file, RegisterSheets.CREDENTIALS, MAX_ROWS);
        List<CredentialData> rows = new ArrayList<>();
        var seen = new HashSet<String>();
        for (SheetRow row : sheet.rows()) {
            var data = data(row);
            rows.add(data);
            if (row.hasProblems()) {
                continue;
            }
            if (!seen.add(
                    data.issuer().strip() + "\n" + data.certificateSerial().strip())) {
                row.reject("certificateSerial", "registers.credential.serial-twice");
                continue;
            }
            check(row, data);
        }
        if (sheet.hasProblems()) {
            return ImportReport.refused(sheet);
        }
        rows.forEach(management::recordExisting);
        return new ImportReport(rows.size(), rows.size(), 0, List.of());
    }

    private void check(SheetRow row, CredentialData data) {
        try {
            management.check(data);
        } catch (InvalidInputException e) {
            e.problems()
                    .forEach(p ->
                            reject(row, p.field(), p.messageKey(), p.arguments().toArray()));
        } catch (ConflictException e) {
            reject(row, e.field(), e.messageKey());
        } catch (AccessDeniedException e) {
            reject(row, "agencyCode", "registers.agency.unknown");
        }
    }

    private static void reject(SheetRow row, String field, String key, Object... args) {
        if (field != null && RegisterSheets.CREDENTIALS.column(field).isPresent()) {
            row.reject(field, key, args);
        } else {
            row.rejectRow(key, args);
        }
    }

    private static CredentialData data(SheetRow row) {
        return new CredentialData(
                row.text("agencyCode"),
                row.text("tokenSerial"),
                row.text("certificateSerial"),
                row.text("holderName"),
                row.text("holderPosition"),
                null,
                row.text("issuer"),
                row.text("purpose"),
                row.date("validFrom"),
                row.date("validTo"),
                row.enumValue("status", CredentialStatus.class));
    }
}
