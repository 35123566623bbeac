package vn.khien.monitoring.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the day partitions: creates the coming week's, drops those past the retention period (a whole
 * partition at once, no row-by-row delete), and trims roll-ups, indicator sightings and dead letters to the same period.
 */
@Service
public class AlertRetention {

    private static final Logger log = LoggerFactory.getLogger(AlertRetention.class);
    private final JdbcClient jdbc;
    private final MonitoringSettings settings;
    private final Clock clock;

    AlertRetention(JdbcClient jdbc, MonitoringSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Returns the names of the partitions dropped. */
    @Transactional
    public List<String> maintain(LocalDate today) {
        for (int d = 0; d <= 7; d++) {
            LocalDate day = today.plusDays(d);
            try {
                jdbc.sql("CREATE TABLE IF NOT EXISTS monitoring." + partition(day) + " PARTITION OF monitoring.alert"
                                + " FOR VALUES FROM ('" + day + "') TO ('" + day.plusDays(1) + "')")
                        .update();
            } catch (RuntimeException e) {
                // rows for that day already sit in the default partition: they stay there until retention
                log.warn("Partition for {} not created: {}", day, e.getMessage());
                return List.of();
            }
        }
        LocalDate cutoff = today.minusDays(settings.retentionDays());
        List<String> old = jdbc.sql("""
                        SELECT c.relname FROM pg_inherits i
                          JOIN pg_class c ON c.oid = i.inhrelid
                          JOIN pg_class p ON p.oid = i.inhparent
                          JOIN pg_namespace n ON n.oid = p.relnamespace
                         WHERE n.nspname = 'monitoring' AND p.relname = 'alert' AND c.relname ~ '^alert_[0-9]{8}$'
                           AND c.relname < :cutoff ORDER BY 1""")
                .param("cutoff", partition(cutoff))
                .query(String.class)
                .list();
        for (String name : old) {
            jdbc.sql("DROP TABLE monitoring." + name).update();
        }
        jdbc.sql("DELETE FROM monitoring.alert_default WHERE day < :cutoff")
                .param("cutoff", cutoff)
                .update();
        jdbc.sql("DELETE FROM monitoring.alert_rollup WHERE window_start < :cutoff AND last_seen < :cutoff")
                .param("cutoff", java.sql.Date.valueOf(cutoff))
                .update();
        jdbc.sql("DELETE FROM monitoring.indicator_sighting WHERE day < :cutoff")
                .param("cutoff", cutoff)
                .update();
        jdbc.sql("DELETE FROM monitoring.dead_letter WHERE received_at < :cutoff")
                .param("cutoff", java.sql.Date.valueOf(cutoff))
                .update();
        return old;
    }

    static String partition(LocalDate day) {
        return "alert_" + day.toString().replace("-", "");
    }
}
