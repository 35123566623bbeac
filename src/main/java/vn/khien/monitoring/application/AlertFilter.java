package vn.khien.monitoring.application;

import java.time.LocalDate;
import vn.khien.monitoring.AlertSeverity;

/**
 * The console's filters; {@code from}/{@code to} are days in the province's zone (both included),
 * {@code severity} the lowest shown, {@code unassigned} alerts mapped to no system.
 */
public record AlertFilter(
        LocalDate from,
        LocalDate to,
        String agency,
        String system,
        AlertSeverity severity,
        String tool,
        String rule,
        String ip,
        boolean unassigned) {

    public static AlertFilter lastDays(LocalDate today, int days) {
        return new AlertFilter(today.minusDays(days - 1L), today, null, null, null, null, null, null, false);
    }
}
