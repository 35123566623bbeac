package vn.khien.shared.spreadsheet;

import java.util.List;

/**
 * The outcome of one upload, shown on the page and returned by the API. Imports are all or nothing:
 * with any problem, {@code imported} and {@code updated} are zero and nothing was changed.
 *
 * @param rowsRead data rows found in the file (blank rows not counted)
 * @param imported rows that created a new record
 * @param updated rows that changed an existing record found by its code
 */
public record ImportReport(int rowsRead, int imported, int updated, List<RowProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** The report of a file refused for its problems: nothing imported. */
    public static ImportReport refused(ParsedSheet sheet) {
        return new ImportReport(sheet.rows().size(), 0, 0, sheet.problems());
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    /** Rows whose values equal what is stored already. */
    public int unchanged() {
        return problems.isEmpty() ? rowsRead - imported - updated : 0;
    }
}
