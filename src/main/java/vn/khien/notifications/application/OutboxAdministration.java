package vn.khien.notifications.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.notifications.OutboxMailRetried;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/** The coordinator's view of the outbox: what waits, what failed and why, and "retry now". */
@Service
@PreAuthorize("hasRole('COORDINATOR_ADMIN')")
public class OutboxAdministration {

    private static final String STATE = """
            CASE WHEN sent_at IS NOT NULL THEN 'SENT' WHEN attempts >= :max THEN 'FAILED' ELSE 'PENDING' END""";

    private final JdbcClient jdbc;
    private final NotificationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutboxAdministration(
            JdbcClient jdbc, NotificationSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Newest first; {@code state} narrows the list (null: all). */
    @Transactional(readOnly = true)
    public PageResponse<OutboxMailView> list(OutboxMailView.State state, Paging paging) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("max", settings.send().maxAttempts());
        params.put("state", state == null ? null : state.name());
        String where = " FROM notifications.outbox WHERE (CAST(:state AS text) IS NULL OR " + STATE + " = :state)";
        long total = jdbc.sql("SELECT count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        var items = jdbc.sql("SELECT *, " + STATE + " AS state" + where
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new OutboxMailView(
                        rs.getLong("id"),
                        rs.getString("recipient_email"),
                        rs.getString("subject"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("sent_at")),
                        rs.getInt("attempts"),
                        instant(rs.getTimestamp("next_attempt_at")),
                        rs.getString("last_error"),
                        OutboxMailView.State.valueOf(rs.getString("state"))))
                .list();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    /** Makes an unsent mail due now with one more try, even after its tries ran out. */
    @Transactional
    public void retryNow(long id) {
        var before = jdbc.sql("""
                        SELECT recipient_email, attempts, last_error FROM notifications.outbox
                         WHERE id = :id AND sent_at IS NULL FOR UPDATE""")
                .param("id", id)
                .query((rs, n) -> new OutboxMailRetried(
                        id, rs.getString("recipient_email"), rs.getInt("attempts"), rs.getString("last_error")))
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException("outbox-mail", Long.toString(id)));
        jdbc.sql("""
                        UPDATE notifications.outbox SET next_attempt_at = :now, attempts = least(attempts, :max - 1)
                         WHERE id = :id""")
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("max", settings.send().maxAttempts())
                .param("id", id)
                .update();
        events.publishEvent(before);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
