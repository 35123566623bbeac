package vn.khien.shared.spreadsheet;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns of one registry's spreadsheet and the message key of its sheet name. A module declares
 * one layout per registry (agencies, focal points, systems) and passes it to the template writer, the
 * reader and the export.
 */
public record SheetLayout(String sheetNameKey, List<SheetColumn> columns) {

    public SheetLayout {
        Objects.requireNonNull(sheetNameKey, "sheetNameKey");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a layout needs at least one column");
        }
        var keys = new HashSet<String>();
        for (SheetColumn column : columns) {
            if (!keys.add(column.key())) {
                throw new IllegalArgumentException("column key used twice: " + column.key());
            }
        }
    }

    public static SheetLayout of(String sheetNameKey, SheetColumn... columns) {
        return new SheetLayout(sheetNameKey, List.of(columns));
    }

    public Optional<SheetColumn> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
