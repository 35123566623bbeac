package vn.khien.shared.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns streamed raw rows into a {@link ParsedSheet}: finds the header row (the first row naming a
 * known column, so a title line above it is fine), skips blank rows and the template's untouched
 * example row, checks every cell against its column's kind, and stops at the row limit.
 */
final class SheetAssembler implements RowSink {

    /** Non-blank rows searched for the header before the file is declared not ours. */
    private static final int HEADER_SEARCH_ROWS = 20;

    private final SheetLayout layout;
    private final SheetLabels labels;
    private final int maxRows;
    private final List<SheetRow> rows = new ArrayList<>();
    private final List<RowProblem> fileProblems = new ArrayList<>();
    private ColumnIndex index;
    private int rowsBeforeHeader;

    SheetAssembler(SheetLayout layout, SheetLabels labels, int maxRows) {
        this.layout = layout;
        this.labels = labels;
        this.maxRows = maxRows;
    }

    @Override
    public void accept(int rowNumber, List<RawCell> cells) {
        if (cells.stream().allMatch(c -> c == null || c.blank())) {
            return;
        }
        if (index == null) {
            findHeader(rowNumber, cells);
            return;
        }
        Map<String, RawCell> byKey = new HashMap<>();
        index.positions().forEach((key, position) -> {
            if (position < cells.size() && cells.get(position) != null) {
                byKey.put(key, cells.get(position));
            }
        });
        if (byKey.values().stream().allMatch(RawCell::blank)) {
            return; // only unknown columns are filled: nothing for us
        }
        SheetRow row = new SheetRow(rowNumber, byKey, index);
        if (isUntouchedExample(row)) {
            return;
        }
        if (rows.size() >= maxRows) {
            throw SheetFileProblems.tooManyRows(maxRows);
        }
        checkKinds(row);
        rows.add(row);
    }

    ParsedSheet result() {
        if (index == null) {
            throw SheetFileProblems.noKnownColumns();
        }
        return new ParsedSheet(rows, fileProblems);
    }

    private void findHeader(int rowNumber, List<RawCell> cells) {
        Map<String, Integer> positions = new HashMap<>();
        Map<String, String> headers = new HashMap<>();
        for (SheetColumn column : layout.columns()) {
            List<String> aliases = labels.headerAliases(column);
            for (int i = 0; i < cells.size(); i++) {
                RawCell cell = cells.get(i);
                if (cell != null && !cell.blank() && aliases.contains(SheetText.fold(cell.value()))) {
                    positions.put(column.key(), i);
                    headers.put(column.key(), SheetText.clean(cell.value()));
                    break;
                }
            }
        }
        if (positions.isEmpty()) {
            if (++rowsBeforeHeader >= HEADER_SEARCH_ROWS) {
                throw SheetFileProblems.noKnownColumns();
            }
            return;
        }
        index = new ColumnIndex(layout, labels, positions, headers);
        for (SheetColumn column : layout.columns()) {
            if (column.required() && !positions.containsKey(column.key())) {
                String header = labels.header(column);
                fileProblems.add(new RowProblem(
                        rowNumber, header, column.key(), "spreadsheet.problem.missing-column", new Object[] {header}));
            }
        }
    }

    /** Reading each column by its kind records every conversion and required-value problem now. */
    private static void checkKinds(SheetRow row) {
        for (SheetColumn column : row.columns()) {
            read(row, column);
        }
    }

    private static Object read(SheetRow row, SheetColumn column) {
        return switch (column.kind()) {
            case TEXT -> row.text(column.key());
            case INTEGER -> row.integer(column.key());
            case DECIMAL -> row.decimal(column.key());
            case DATE -> row.date(column.key());
            case BOOLEAN -> row.bool(column.key());
            case ENUM -> row.choice(column.key());
        };
    }

    /** The template's example row left in place: every example given and matched, value for value. */
    private boolean isUntouchedExample(SheetRow row) {
        boolean anyExample = false;
        for (SheetColumn column : layout.columns()) {
            if (column.example() == null) {
                if (!row.isBlank(column.key())) {
                    return false;
                }
                continue;
            }
            anyExample = true;
            if (row.isBlank(column.key())) {
                return false;
            }
            SheetRow example = new SheetRow(0, Map.of(column.key(), RawCell.text(column.example())), index);
            SheetRow probe = new SheetRow(0, Map.of(column.key(), rowCell(row, column)), index);
            if (!Objects.equals(read(probe, column), read(example, column))) {
                return false;
            }
        }
        return anyExample;
    }

    private static RawCell rowCell(SheetRow row, SheetColumn column) {
        return row.cell(column.key());
    }
}
