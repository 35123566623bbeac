package vn.khien.monitoring.application;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

/**
 * Stores a batch in one transaction: COPY into a temporary staging table (no WAL), then one statement
 * moves the rows into the day partitions, skipping ones already stored, and adds them to their roll-ups.
 * The commit (synchronous, fsync on) happens before the sender gets its answer.
 */
@Component
class AlertWriter {

    static final String COLUMNS =
            "day, event_hash, received_at, event_time, organisation_code, token_id, format, sensor,"
                    + " tool, rule_id, rule_name, severity, src_ip, src_port, dst_ip, dst_port, protocol, hostname, username,"
                    + " system_code, owner_code, system_level, fingerprint, window_start, raw";
    private static final String STAGE =
            "CREATE TEMP TABLE IF NOT EXISTS alert_stage (LIKE monitoring.alert)" + " ON COMMIT DELETE ROWS";
    private static final String MOVE = """
            WITH ins AS (
              INSERT INTO monitoring.alert (%1$s) SELECT %1$s FROM alert_stage
              ON CONFLICT (event_hash, day) DO NOTHING
              RETURNING fingerprint, window_start, organisation_code, tool, rule_id, rule_name, severity, src_ip,
                        dst_ip, hostname, system_code, owner_code, system_level, event_time),
            up AS (
              INSERT INTO monitoring.alert_rollup AS r (fingerprint, window_start, organisation_code, tool, rule_id,
                     rule_name, severity, src_ip, dst_ip, hostname, system_code, owner_code, system_level,
                     alert_count, first_seen, last_seen)
              SELECT fingerprint, window_start, min(organisation_code), min(tool), min(rule_id), min(rule_name),
                     max(severity), min(src_ip), min(dst_ip), min(hostname), min(system_code), min(owner_code),
                     min(system_level), count(*), min(event_time), max(event_time)
                FROM ins GROUP BY fingerprint, window_start ORDER BY fingerprint, window_start
              ON CONFLICT (fingerprint, window_start) DO UPDATE
                 SET alert_count = r.alert_count + EXCLUDED.alert_count,
                     severity = greatest(r.severity, EXCLUDED.severity),
                     first_seen = least(r.first_seen, EXCLUDED.first_seen),
                     last_seen = greatest(r.last_seen, EXCLUDED.last_seen)
              RETURNING 1)
            SELECT (SELECT count(*) FROM ins), (SELECT count(*) FROM up)""".formatted(COLUMNS);
    private static final String DEAD_LETTER = "INSERT INTO monitoring.dead_letter"
            + " (received_at, organisation_code, format, line, reason, raw) VALUES (?, ?, ?, ?, ?, ?)";
    private static final int ATTEMPTS = 3;

    private final DataSource dataSource;

    AlertWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    record DeadLetter(int line, String reason, String raw) {}

    /** The number of alerts newly stored (the others were stored before). */
    long write(CharSequence copyRows, int rowCount, List<DeadLetter> deadLetters, Batch batch) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    long stored = rowCount == 0 ? 0 : move(connection, copyRows);
                    deadLetters(connection, deadLetters, batch);
                    connection.commit();
                    return stored;
                } catch (SQLException e) {
                    connection.rollback();
                    // concurrent batches touching the same roll-ups may deadlock: PostgreSQL aborts one, we retry it
                    if (!"40P01".equals(e.getSQLState()) || attempt == ATTEMPTS) {
                        throw e;
                    }
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException | java.io.IOException e) {
                throw new IllegalStateException("Could not store alerts: " + e.getMessage(), e);
            }
        }
    }

    record Batch(Instant receivedAt, String organisation, String format) {}

    private static long move(Connection connection, CharSequence rows) throws SQLException, java.io.IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGE);
        }
        connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY alert_stage (" + COLUMNS + ") FROM STDIN", new StringReader(rows.toString()));
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(MOVE)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void deadLetters(Connection connection, List<DeadLetter> letters, Batch batch) throws SQLException {
        if (letters.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(DEAD_LETTER)) {
            for (DeadLetter letter : letters) {
                insert.setTimestamp(1, Timestamp.from(batch.receivedAt()));
                insert.setString(2, batch.organisation());
                insert.setString(3, batch.format());
                insert.setInt(4, letter.line());
                insert.setString(5, CopyText.clip(letter.reason(), 500));
                insert.setString(6, CopyText.clip(letter.raw().replace("\u0000", ""), 65536));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
