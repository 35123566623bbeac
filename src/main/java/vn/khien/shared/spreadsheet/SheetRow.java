package vn.khien.shared.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One data row of an uploaded file with typed access by column key. A value that is missing where
 * required, or cannot be read, is recorded as a {@link RowProblem} (once per cell) and answered as
 * null, so an import walks every row and reports every problem in one pass. The reader has already
 * checked each cell against its column's kind; modules add their own rules with {@link #reject}.
 */
public final class SheetRow {

    private final int number;
    private final Map<String, RawCell> cells;
    private final ColumnIndex columns;
    private final Map<String, RowProblem> cellProblems = new LinkedHashMap<>();
    private final List<RowProblem> rowProblems = new ArrayList<>();

    SheetRow(int number, Map<String, RawCell> cells, ColumnIndex columns) {
        this.number = number;
        this.cells = cells;
        this.columns = columns;
    }

    /** The spreadsheet's 1-based row number, as the user sees it. */
    public int number() {
        return number;
    }

    /** Trimmed text in composed (NFC) form; numbers in plain notation, dates as dd/MM/yyyy. */
    public String text(String key) {
        RawCell cell = present(key);
        return cell == null ? null : CellValues.text(cell);
    }

    public Long integer(String key) {
        return convert(key, CellValues::integer);
    }

    /** An exact amount: numeric cells as Excel shows them, text as {@code 1.234.567} or {@code 1234567,5}. */
    public BigDecimal decimal(String key) {
        return convert(key, CellValues::decimal);
    }

    /** Date cells, numeric date serials, or text as dd/MM/yyyy (also d/M/yyyy) or yyyy-MM-dd. */
    public LocalDate date(String key) {
        return convert(key, CellValues::date);
    }

    /** Có/Không, x, yes/no, true/false, 1/0 — in any case, with or without accents. */
    public Boolean bool(String key) {
        return convert(key, CellValues::bool);
    }

    /** The allowed value of an ENUM column, written as its name or its Vietnamese or English label. */
    public String choice(String key) {
        return convert(key, cell -> CellValues.choice(cell, columns.choiceLookup(key)));
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        String value = choice(key);
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** Records a module's own problem with a cell (an unknown agency code, a code repeated in the file). */
    public void reject(String columnKey, String messageKey, Object... args) {
        cellProblems.putIfAbsent(
                columnKey, new RowProblem(number, columns.header(columnKey), columnKey, messageKey, args));
    }

    /** Records a problem with the row as a whole. */
    public void rejectRow(String messageKey, Object... args) {
        rowProblems.add(new RowProblem(number, null, null, messageKey, args));
    }

    public boolean hasProblems() {
        return !cellProblems.isEmpty() || !rowProblems.isEmpty();
    }

    public List<RowProblem> problems() {
        List<RowProblem> all = new ArrayList<>(cellProblems.values());
        all.addAll(rowProblems);
        return List.copyOf(all);
    }

    boolean isBlank(String key) {
        RawCell cell = cells.get(key);
        return cell == null || cell.blank();
    }

    List<SheetColumn> columns() {
        return columns.columns();
    }

    RawCell cell(String key) {
        return cells.get(key);
    }

    /** The cell when it holds something; otherwise null, recording the problem if it is required. */
    private RawCell present(String key) {
        SheetColumn column = columns.column(key);
        RawCell cell = cells.get(key);
        if (cell == null || cell.blank()) {
            // a required column missing from the file is one problem on the header row, not one per row
            if (column.required() && columns.positions().containsKey(key)) {
                reject(key, "spreadsheet.problem.required");
            }
            return null;
        }
        return cell;
    }

    private <T> T convert(String key, Conversion<T> conversion) {
        RawCell cell = present(key);
        if (cell == null) {
            return null;
        }
        try {
            return conversion.apply(cell);
        } catch (CellValues.Unreadable e) {
            String shown = CellValues.text(cell);
            reject(key, e.messageKey, shown, columns.allowedLabels(key));
            return null;
        }
    }

    @FunctionalInterface
    private interface Conversion<T> {
        T apply(RawCell cell) throws CellValues.Unreadable;
    }
}
