package vn.khien.incidents.application;

import java.sql.Timestamp;
import java.time.ZoneId;
import vn.khien.incidents.SummaryPeriod;

/**
 * Which incidents a summary counts, shared by Form 05 and the province's figures so that both count the
 * same: not rejected, detected from the first day's start to the last day's end in the province's zone.
 */
record SummaryWindow(Timestamp from, Timestamp to) {

    /** The condition on {@code incidents.incident} aliased {@code i}, with the parameters {@code :from} and {@code :to}. */
    static final String CONDITION =
            "i.status <> " + vn.khien.shared.EnumSql.literal(vn.khien.incidents.IncidentStatus.REJECTED)
                    + " AND i.detected_at >= :from AND i.detected_at < :to";

    static SummaryWindow of(SummaryPeriod period, ZoneId zone) {
        return new SummaryWindow(
                Timestamp.from(period.from().atStartOfDay(zone).toInstant()),
                Timestamp.from(period.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }
}
