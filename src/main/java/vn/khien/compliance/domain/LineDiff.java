package vn.khien.compliance.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines two texts share, and those removed and added, by longest common subsequence: what the
 * coordinator reviews before a new pack version is stored. Packs are a few hundred lines, so the
 * quadratic table is small.
 */
public final class LineDiff {

    public enum Change {
        SAME,
        REMOVED,
        ADDED
    }

    public record Line(Change change, String text) {}

    private LineDiff() {}

    public static List<Line> between(String before, String after) {
        String[] a = before.split("\\R", -1);
        String[] b = after.split("\\R", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] =
                        a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add(new Line(Change.SAME, a[i++]));
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                lines.add(new Line(Change.ADDED, b[j++]));
            } else {
                lines.add(new Line(Change.REMOVED, a[i++]));
            }
        }
        return lines;
    }
}
