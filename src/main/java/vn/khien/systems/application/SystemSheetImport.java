package vn.khien.systems.application;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.khien.shared.spreadsheet.ImportReport;
import vn.khien.shared.spreadsheet.ParsedSheet;
import vn.khien.shared.spreadsheet.SheetReader;
import vn.khien.shared.spreadsheet.SheetRow;
import vn.khien.systems.ImportResult;
import vn.khien.systems.MonitoringMethod;
import vn.khien.systems.SystemDetails;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;

/**
 * Reads the inventory spreadsheet into {@link SystemImport}: cell problems come from the reader, rule
 * problems from the import's own checks, both reported on the row and column of the file.
 */
@Service
public class SystemSheetImport {

    static final int MAX_ROWS = 20_000;

    /** Fields the validation names that live in a differently named column. */
    private static final Map<String, String> COLUMN_OF =
            Map.of("levelDecision", "decisionNumber", "levelDecision.approverCode", "approverCode");

    private final SheetReader reader;
    private final SystemImport systemImport;

    SystemSheetImport(SheetReader reader, SystemImport systemImport) {
        this.reader = reader;
        this.systemImport = systemImport;
    }

    public ImportReport importSystems(InputStream file) {
        ParsedSheet sheet = reader.read(file, SystemSheets.SYSTEMS, MAX_ROWS);
        List<SystemDetails> details = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            details.add(details(row));
        }
        // the rules run even when cells are unreadable, so one upload shows every problem of the file
        for (ImportResult.RowProblem problem : systemImport.check(details)) {
            report(sheet.rows().get(problem.row()), problem);
        }
        if (sheet.hasProblems()) {
            return ImportReport.refused(sheet);
        }
        ImportResult result = systemImport.importAll(details);
        return new ImportReport(sheet.rows().size(), result.created(), result.updated(), List.of());
    }

    private static void report(SheetRow row, ImportResult.RowProblem problem) {
        String column = COLUMN_OF.getOrDefault(problem.field(), problem.field());
        Object[] args = problem.arguments().toArray();
        boolean alreadyReported = row.problems().stream().anyMatch(p -> column != null && column.equals(p.columnKey()));
        if (alreadyReported) {
            return; // an unreadable cell is not also "missing"
        }
        if (column != null && SystemSheets.SYSTEMS.column(column).isPresent()) {
            row.reject(column, problem.messageKey(), args);
        } else {
            row.rejectRow(problem.messageKey(), args);
        }
    }

    private static SystemDetails details(SheetRow row) {
        String decisionNumber = row.text("decisionNumber");
        var decisionDate = row.date("decisionDate");
        String approver = row.text("approverCode");
        boolean decided = decisionNumber != null || decisionDate != null || approver != null;
        return new SystemDetails(
                row.text("code"),
                row.text("name"),
                row.text("ownerCode"),
                row.text("operatorCode"),
                row.enumValue("type", SystemType.class),
                Boolean.TRUE.equals(row.bool("eGovernment")),
                integer(row, "publicServiceLevel"),
                integer(row, "personalDataSubjects"),
                integer(row, "proposedLevel"),
                row.enumValue("status", SystemStatus.class),
                Boolean.TRUE.equals(row.bool("monitoringConnected")),
                row.date("monitoringSince"),
                row.enumValue("monitoringMethod", MonitoringMethod.class),
                List.of(),
                integer(row, "approvedLevel"),
                decided ? new SystemDetails.DecisionLine(decisionNumber, decisionDate, approver) : null);
    }

    /** Whole numbers that fit the columns; anything larger is reported rather than truncated. */
    private static Integer integer(SheetRow row, String key) {
        Long value = row.integer(key);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            row.reject(key, "systems.sheet.too-large", value);
            return null;
        }
        return value == null ? null : value.intValue();
    }
}
