package vn.khien.monitoring.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.stereotype.Component;

/**
 * Stores a batch in one transaction: the alerts not stored before (see {@link FreshAlerts}) are copied
 * straight into the day partitions — one write per alert, no staging table — and their roll-ups are
 * upserted once per batch ({@link RollupUpsert}), with the sightings of threat indicators ({@link SightingWriter}). The commit (synchronous, fsync on) happens before the
 * sender gets its answer.
 */
@Component
class AlertWriter {

    static final String COLUMNS =
            "day, event_hash, received_at, event_time, organisation_code, token_id, format, sensor,"
                    + " tool, rule_id, rule_name, severity, src_ip, src_port, dst_ip, dst_port, protocol, hostname, username,"
                    + " system_code, owner_code, system_level, fingerprint, window_start, raw";
    private static final String COPY = "COPY monitoring.alert (" + COLUMNS + ") FROM STDIN (FORMAT binary)";
    private static final String DEAD_LETTER = "INSERT INTO monitoring.dead_letter"
            + " (received_at, organisation_code, format, line, reason, raw) VALUES (?, ?, ?, ?, ?, ?)";
    private static final int ATTEMPTS = 4;

    private final DataSource dataSource;

    AlertWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    record DeadLetter(int line, String reason, String raw) {}

    /** Who sent the batch and when: the columns every row of the batch shares. */
    record Batch(Instant receivedAt, String organisation, Long tokenId, String format) {}

    /** The number of alerts newly stored (the others were stored before or repeat one of the batch). */
    long write(List<PreparedAlert> alerts, List<DeadLetter> deadLetters, Batch batch) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    // a resend is rare: the first attempt leaves it to the unique index, the next ones look first
                    long stored = alerts.isEmpty() ? 0 : store(connection, alerts, batch, attempt > 1);
                    deadLetters(connection, deadLetters, batch);
                    connection.commit();
                    return stored;
                } catch (SQLException e) {
                    connection.rollback();
                    if (!retryable(e) || attempt == ATTEMPTS) {
                        throw e;
                    }
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not store alerts: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Concurrent batches touching the same roll-ups may deadlock (PostgreSQL aborts one); a batch that
     * carries an alert stored before (a resend) meets the unique index. Either way the whole batch is
     * rolled back and done again, this time looking up stored alerts first.
     */
    private static boolean retryable(SQLException e) {
        return "40P01".equals(e.getSQLState()) || "23505".equals(e.getSQLState());
    }

    private static long store(Connection connection, List<PreparedAlert> alerts, Batch batch, boolean lookFirst)
            throws SQLException {
        List<PreparedAlert> fresh = lookFirst ? FreshAlerts.of(connection, alerts) : FreshAlerts.distinct(alerts);
        if (fresh.isEmpty()) {
            return 0;
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        long copied;
        try {
            BinaryCopy rows = new BinaryCopy(copy);
            for (PreparedAlert alert : fresh) {
                AlertRows.append(rows, alert, batch);
            }
            copied = rows.finish();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        RollupUpsert.upsert(connection, fresh, batch.organisation());
        SightingWriter.insert(connection, fresh, batch);
        return copied;
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
                insert.setString(5, AlertRows.clip(letter.reason(), 500));
                insert.setString(6, AlertRows.clip(letter.raw(), 65536));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
