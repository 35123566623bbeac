package vn.khien.monitoring.application;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The alerts of a batch that are not stored yet: a resend (same sender, same raw event) has the same
 * hash and falls on the same day. One index probe per day of the batch, pruned to that day's
 * partition; repeats inside the batch are dropped in memory.
 */
final class FreshAlerts {

    private static final String STORED =
            "SELECT event_hash FROM monitoring.alert WHERE day = ? AND event_hash = ANY(?)";

    private FreshAlerts() {}

    static List<PreparedAlert> of(Connection connection, List<PreparedAlert> alerts) throws SQLException {
        Map<LocalDate, List<UUID>> byDay = new HashMap<>();
        for (PreparedAlert alert : alerts) {
            byDay.computeIfAbsent(alert.day(), d -> new ArrayList<>()).add(alert.eventHash());
        }
        Set<UUID> seen = new HashSet<>(alerts.size() * 2);
        try (PreparedStatement probe = connection.prepareStatement(STORED)) {
            for (Map.Entry<LocalDate, List<UUID>> day : byDay.entrySet()) {
                probe.setDate(1, Date.valueOf(day.getKey()));
                probe.setArray(
                        2, connection.createArrayOf("uuid", day.getValue().toArray()));
                try (ResultSet stored = probe.executeQuery()) {
                    while (stored.next()) {
                        seen.add(stored.getObject(1, UUID.class));
                    }
                }
            }
        }
        return unseen(alerts, seen);
    }

    /** The batch without its repeats, for a first attempt that leaves stored ones to the unique index. */
    static List<PreparedAlert> distinct(List<PreparedAlert> alerts) {
        return unseen(alerts, new HashSet<>(alerts.size() * 2));
    }

    private static List<PreparedAlert> unseen(List<PreparedAlert> alerts, Set<UUID> seen) {
        List<PreparedAlert> fresh = new ArrayList<>(alerts.size());
        for (PreparedAlert alert : alerts) {
            if (seen.add(alert.eventHash())) {
                fresh.add(alert);
            }
        }
        return fresh;
    }
}
