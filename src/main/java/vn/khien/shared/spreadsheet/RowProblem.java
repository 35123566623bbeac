package vn.khien.shared.spreadsheet;

import java.util.Arrays;

/**
 * What is wrong with one cell (or one row, when {@code columnKey} is null) of an uploaded file, as a
 * message key so the report, the page and the annotated copy speak the user's language.
 *
 * @param row the spreadsheet's own 1-based row number, as the user sees it in Excel
 * @param column the column's header as written in the file (or the template's header when absent)
 * @param columnKey the layout's column key, or null for a problem with the whole row
 * @param messageKey message key, usually {@code spreadsheet.problem.*} or a module's own
 * @param args message arguments (the offending value first, by convention)
 */
public record RowProblem(int row, String column, String columnKey, String messageKey, Object[] args) {

    public RowProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    // records compare arrays by identity; problems are compared by content in tests and de-duplication
    @Override
    public boolean equals(Object other) {
        return other instanceof RowProblem p
                && row == p.row
                && java.util.Objects.equals(column, p.column)
                && java.util.Objects.equals(columnKey, p.columnKey)
                && messageKey.equals(p.messageKey)
                && Arrays.equals(args, p.args);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(row, columnKey, messageKey, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return "RowProblem[row=" + row + ", column=" + column + ", key=" + messageKey + ", args="
                + Arrays.toString(args) + "]";
    }
}
