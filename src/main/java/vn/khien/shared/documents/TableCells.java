package vn.khien.shared.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A body table's texts, cleaned, every row as wide as the widest: a row short of cells would otherwise
 * shift the columns (PDF) or break the file (DOCX).
 */
record TableCells(int columns, List<String> header, List<List<String>> rows) {

    /** About how many characters of the table font fit on a line across the text width. */
    private static final int LINE_CHARACTERS = 70;
    /** Rows read to size the columns: enough to know a column, few enough for a long appendix. */
    private static final int SAMPLED_ROWS = 500;
    /** A word longer than this may break; a text longer than this on average gets no more room. */
    private static final int LONGEST_WORD = 16;

    private static final int LONGEST_TEXT = 60;

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
     * Each column's share of the width in per cent, from its texts: first every column gets room for its
     * longest word (a row number or a date never breaks), then what is left goes to the columns whose
     * texts are longer on average (names), so long lists take fewer lines than with equal columns. The
     * rows read are spread over the whole table, which may be sorted by a column that is empty at its top.
     */
    int[] shares() {
        double[] least = new double[columns];
        double[] wanted = new double[columns];
        int step = Math.max(1, rows.size() / SAMPLED_ROWS);
        for (int column = 0; column < columns; column++) {
            int word = longestWord(header.get(column));
            long length = 0;
            int sampled = 0;
            for (int row = 0; row < rows.size(); row += step) {
                String text = rows.get(row).get(column);
                word = Math.max(word, longestWord(text));
                length += text.length();
                sampled++;
            }
            least[column] = Math.min(word, LONGEST_WORD) + 2;
            double average = sampled == 0 ? 0 : (double) length / sampled;
            // a header may take three lines
            double text = Math.max(average, header.get(column).length() / 3.0);
            wanted[column] = Math.max(least[column], Math.min(text, LONGEST_TEXT));
        }
        double leastSum = sum(least);
        double extra = sum(wanted) - leastSum;
        if (sum(wanted) <= LINE_CHARACTERS || leastSum >= LINE_CHARACTERS || extra <= 0) {
            return percents(sum(wanted) <= LINE_CHARACTERS ? wanted : least);
        }
        double[] widths = new double[columns];
        for (int column = 0; column < columns; column++) {
            widths[column] = least[column] + (LINE_CHARACTERS - leastSum) * (wanted[column] - least[column]) / extra;
        }
        return percents(widths);
    }

    private static int[] percents(double[] widths) {
        double total = sum(widths);
        int[] percents = new int[widths.length];
        int given = 0;
        int widest = 0;
        for (int column = 0; column < widths.length; column++) {
            percents[column] = Math.max(1, (int) Math.round(100 * widths[column] / total));
            given += percents[column];
            widest = widths[column] > widths[widest] ? column : widest;
        }
        percents[widest] += 100 - given;
        return percents;
    }

    private static int longestWord(String text) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); i++) {
            current = Character.isWhitespace(text.charAt(i)) ? 0 : current + 1;
            longest = Math.max(longest, current);
        }
        return longest;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    private static List<String> padded(List<String> cells, int columns) {
        List<String> texts = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            texts.add(i < cells.size() ? SafeText.clean(cells.get(i)).strip() : "");
        }
        return texts;
    }
}
