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

    /**
     * Column shares in percent that follow the texts: a column never narrower than its longest word, which
     * cannot wrap (a date, "STT"), and the rest of the width shared by how much text each column holds (up
     * to 30 characters a cell), so a number column stays narrow and a name or reason column gets the room.
     * The shares add up to 100.
     */
    int[] percents() {
        int[] floor = new int[columns];
        int[] weights = new int[columns];
        for (int c = 0; c < columns; c++) {
            floor[c] = percentFor(longestWord(header.get(c)) * BOLD_FACTOR);
            weights[c] = Math.max(4, Math.min(30, header.get(c).length()));
            for (List<String> row : rows) {
                floor[c] = Math.max(floor[c], percentFor(longestWord(row.get(c))));
                weights[c] = Math.max(weights[c], Math.min(30, row.get(c).length()));
            }
        }
        int floors = java.util.Arrays.stream(floor).sum();
        if (floors >= 100) {
            return shares(floor);
        }
        int[] percents = new int[columns];
        int total = java.util.Arrays.stream(weights).sum();
        for (int c = 0; c < columns; c++) {
            percents[c] = floor[c] + (100 - floors) * weights[c] / total;
        }
        return shares(percents);
    }

    /** Characters of a cell (11 pt serif) per percent of the text width, padding included. */
    private static final double CHARACTERS_PER_PERCENT = 0.78;

    private static final double BOLD_FACTOR = 1.15;

    private static int percentFor(double characters) {
        return (int) Math.ceil(characters / CHARACTERS_PER_PERCENT) + 2;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    /** Scaled to add up to exactly 100, the last column taking the rounding. */
    private static int[] shares(int[] parts) {
        int total = java.util.Arrays.stream(parts).sum();
        int[] percents = new int[parts.length];
        int given = 0;
        for (int c = 0; c < parts.length; c++) {
            percents[c] = Math.max(1, parts[c] * 100 / total);
            given += percents[c];
        }
        percents[parts.length - 1] += 100 - given;
        return percents;
    }

    private static List<String> padded(List<String> cells, int columns) {
        List<String> texts = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            texts.add(i < cells.size() ? SafeText.clean(cells.get(i)).strip() : "");
        }
        return texts;
    }
}
