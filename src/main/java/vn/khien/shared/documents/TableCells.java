package vn.khien.shared.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A body table's texts, cleaned, every row as wide as the widest: a row short of cells would otherwise
 * shift the columns (PDF) or break the file (DOCX).
 */
record TableCells(int columns, List<String> header, List<List<String>> rows) {

    static TableCells of(DocumentBlock.Table table) {
        int columns = table.header().size();
        for (List<String> row : table.rows()) {
            columns = Math.max(columns, row.size());
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            rows.add(padded(row, columns));
        }
        return new TableCells(columns, padded(table.header(), columns), rows);
    }

    private static List<String> padded(List<String> cells, int columns) {
        List<String> texts = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            texts.add(i < cells.size() ? SafeText.clean(cells.get(i)).strip() : "");
        }
        return texts;
    }
}
