package vn.khien.shared.spreadsheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An uploaded file read against a layout: its data rows and every problem found so far. Problems
 * stay live: those a module adds through {@link SheetRow#reject} appear here too, so after its own
 * checks the module asks {@link #hasProblems()} to decide between importing all rows or none.
 */
public final class ParsedSheet {

    private final List<SheetRow> rows;
    private final List<RowProblem> fileProblems;

    ParsedSheet(List<SheetRow> rows, List<RowProblem> fileProblems) {
        this.rows = List.copyOf(rows);
        this.fileProblems = List.copyOf(fileProblems);
    }

    public List<SheetRow> rows() {
        return rows;
    }

    /** Header problems (a missing required column) first, then each row's problems in row order. */
    public List<RowProblem> problems() {
        List<RowProblem> all = new ArrayList<>(fileProblems);
        rows.stream().sorted(Comparator.comparingInt(SheetRow::number)).forEach(row -> all.addAll(row.problems()));
        return List.copyOf(all);
    }

    public boolean hasProblems() {
        return !fileProblems.isEmpty() || rows.stream().anyMatch(SheetRow::hasProblems);
    }
}
