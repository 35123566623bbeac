package vn.khien.scoring.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small line chart drawn on the server as inline SVG (no script): one dot a year, the value written
 * above it, the year below. For a rank, lower is better and is drawn higher.
 */
public record LineChart(int width, int height, String polyline, List<Dot> dots) {

    public record Dot(int x, int y, int year, BigDecimal value) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int TOP = 30;
    private static final int PLOT_HEIGHT = 140;

    /** @param values one a year, in the order of {@code years}; years without a value are left out */
    static LineChart of(List<Integer> years, List<BigDecimal> values, boolean lowerIsBetter) {
        List<Integer> shownYears = new ArrayList<>();
        List<BigDecimal> shown = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            if (values.get(i) != null) {
                shownYears.add(years.get(i));
                shown.add(values.get(i));
            }
        }
        if (shown.isEmpty()) {
            return new LineChart(WIDTH, HEIGHT, "", List.of());
        }
        BigDecimal min = shown.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = shown.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal range = max.subtract(min).signum() == 0 ? BigDecimal.ONE : max.subtract(min);
        List<Dot> dots = new ArrayList<>();
        int n = shown.size();
        for (int i = 0; i < n; i++) {
            int x = n == 1 ? WIDTH / 2 : LEFT + i * (WIDTH - 2 * LEFT) / (n - 1);
            BigDecimal share = shown.get(i).subtract(min).divide(range, 6, RoundingMode.HALF_UP);
            if (!lowerIsBetter) {
                share = BigDecimal.ONE.subtract(share);
            }
            int y = TOP + share.multiply(BigDecimal.valueOf(PLOT_HEIGHT)).intValue();
            dots.add(new Dot(x, y, shownYears.get(i), shown.get(i)));
        }
        String polyline = dots.stream().map(d -> d.x() + "," + d.y()).collect(Collectors.joining(" "));
        return new LineChart(WIDTH, HEIGHT, polyline, dots);
    }
}
