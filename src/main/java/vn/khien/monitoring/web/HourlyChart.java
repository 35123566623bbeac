package vn.khien.monitoring.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.khien.monitoring.application.AlertQueries.HourCount;
import vn.khien.shared.ProvinceZone;

/**
 * Alerts per hour as SVG bars, drawn on the server (no script, no CDN): one bar per hour of the range,
 * heights scaled to the busiest hour.
 */
record HourlyChart(List<Bar> bars, long max, int width) {

    static final int HEIGHT = 100;

    record Bar(int x, int y, int height, Instant hour, long count) {}

    static HourlyChart of(List<HourCount> counts, LocalDate from, LocalDate to) {
        Map<Instant, Long> byHour = new HashMap<>();
        counts.forEach(c -> byHour.put(c.hour(), c.count()));
        Instant start = from.atStartOfDay(ProvinceZone.get()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ProvinceZone.get()).toInstant();
        long max = counts.stream().mapToLong(HourCount::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int x = 0;
        for (Instant hour = start; hour.isBefore(end) && bars.size() < 24 * 62; hour = hour.plus(1, ChronoUnit.HOURS)) {
            long count = byHour.getOrDefault(hour, 0L);
            int height = max == 0 ? 0 : (int) Math.max(count > 0 ? 1 : 0, count * HEIGHT / max);
            bars.add(new Bar(x, HEIGHT - height, height, hour, count));
            x += 4;
        }
        return new HourlyChart(bars, max, Math.max(x, 4));
    }
}
