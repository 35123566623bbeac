package vn.khien.shared.spreadsheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the header row told us: where each layout column sits in this file and how its header is
 * written there, with the layout's Vietnamese labels resolved once for all rows.
 */
final class ColumnIndex {

    private final SheetLayout layout;
    private final Map<String, Integer> positions;
    private final Map<String, String> headers;
    private final Map<String, Map<String, String>> choiceLookups = new HashMap<>();
    private final Map<String, String> allowed = new HashMap<>();

    ColumnIndex(SheetLayout layout, SheetLabels labels, Map<String, Integer> positions, Map<String, String> headers) {
        this.layout = layout;
        this.positions = Map.copyOf(positions);
        this.headers = new HashMap<>(headers);
        for (SheetColumn column : layout.columns()) {
            this.headers.putIfAbsent(column.key(), labels.header(column));
            if (column.kind() == SheetColumn.Kind.ENUM) {
                choiceLookups.put(column.key(), labels.choiceLookup(column));
                allowed.put(
                        column.key(),
                        String.join(", ", labels.choiceLabels(column).values()));
            } else if (column.kind() == SheetColumn.Kind.BOOLEAN) {
                allowed.put(column.key(), labels.yes() + ", " + labels.no());
            }
        }
    }

    SheetColumn column(String key) {
        return layout.column(key).orElseThrow(() -> new IllegalArgumentException("no column " + key));
    }

    List<SheetColumn> columns() {
        return layout.columns();
    }

    Map<String, Integer> positions() {
        return positions;
    }

    String header(String key) {
        return headers.getOrDefault(key, key);
    }

    Map<String, String> choiceLookup(String key) {
        return choiceLookups.getOrDefault(key, Map.of());
    }

    /** Allowed values as a user would type them, for the problem message; empty for free columns. */
    String allowedLabels(String key) {
        return allowed.getOrDefault(key, "");
    }
}
