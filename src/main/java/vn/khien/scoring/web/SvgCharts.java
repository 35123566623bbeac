package vn.khien.scoring.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.khien.scoring.application.RankingCharts.GradeCount;
import vn.khien.scoring.application.RankingCharts.YearAverage;

/**
 * Where the public page's two charts put their marks, in a 320 × 180 box the SVG scales to its width:
 * the page draws them as inline SVG with no script (the CSP allows none inline) and no library.
 */
final class SvgCharts {

    static final int TOP = 24;
    static final int BASE = 146;
    static final int LEFT = 40;
    static final int RIGHT = 310;

    /** A bar of the distribution: its box, the label under it and the count above it. */
    record Bar(String label, long value, int x, int y, int width, int height, int middle) {}

    record Distribution(List<Bar> bars) {}

    /** A year of the trend: its place on the line. */
    record Point(int year, BigDecimal value, int x, int y) {}

    /** The trend's points, the polyline through them and the scale's top (the highest maximum score). */
    record Trend(List<Point> points, String line, BigDecimal top) {}

    private SvgCharts() {}

    static Distribution distribution(List<GradeCount> grades) {
        long highest = Math.max(
                1, grades.stream().mapToLong(GradeCount::agencies).max().orElse(1));
        int slot = grades.isEmpty() ? 0 : (RIGHT - LEFT) / grades.size();
        int width = slot * 3 / 5;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < grades.size(); i++) {
            GradeCount g = grades.get(i);
            int height = (int) Math.round((double) g.agencies() / highest * (BASE - TOP));
            int x = LEFT + i * slot + (slot - width) / 2;
            bars.add(new Bar(g.grade(), g.agencies(), x, BASE - height, width, height, x + width / 2));
        }
        return new Distribution(bars);
    }

    static Trend trend(List<YearAverage> years) {
        BigDecimal top = years.stream()
                .map(YearAverage::maxScore)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        int step = years.size() > 1 ? (RIGHT - LEFT - 20) / (years.size() - 1) : 0;
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            YearAverage y = years.get(i);
            int x = years.size() > 1 ? LEFT + 10 + i * step : (LEFT + RIGHT) / 2;
            int height = y.average()
                    .multiply(BigDecimal.valueOf(BASE - TOP))
                    .divide(top, 0, RoundingMode.HALF_UP)
                    .intValue();
            points.add(new Point(y.year(), y.average(), x, BASE - height));
        }
        String line = points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
        return new Trend(points, line, top);
    }
}
