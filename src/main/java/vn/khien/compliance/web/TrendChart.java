package vn.khien.compliance.web;

import java.util.List;
import java.util.stream.Collectors;
import vn.khien.compliance.application.DashboardQueries.TrendPoint;

/**
 * The trend as the chart script reads it from data attributes (the page's content security policy
 * allows no inline script): days, rates (empty when nothing applied that day) and overdue counts.
 */
public record TrendChart(List<TrendPoint> points, String days, String rates, String overdue) {

    static TrendChart of(List<TrendPoint> points) {
        return new TrendChart(
                points,
                points.stream().map(p -> vn.khien.shared.ShownDate.of(p.day())).collect(Collectors.joining(",")),
                points.stream()
                        .map(p -> p.ratePercent() == null ? "" : p.ratePercent().toString())
                        .collect(Collectors.joining(",")),
                points.stream().map(p -> Long.toString(p.overdue())).collect(Collectors.joining(",")));
    }

    public boolean empty() {
        return points.isEmpty();
    }
}
