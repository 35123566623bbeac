package vn.khien.notifications.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/**
 * The signed-in user's own notifications. Every statement is bound to the user's name, so another
 * user's notification is simply not found (404), never refused. Reading one is the user's own
 * bookkeeping, not a change to the programme's records, so it is not audited.
 */
@Service
public class MyNotifications {

    private final JdbcClient jdbc;
    private final Clock clock;

    MyNotifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<NotificationView> list(Paging paging) {
        String me = me();
        long total = jdbc.sql("SELECT count(*) FROM notifications.notification WHERE username = :me")
                .param("me", me)
                .query(Long.class)
                .single();
        var items = jdbc.sql("""
                        SELECT id, text, link, created_at, read_at FROM notifications.notification
                         WHERE username = :me ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("me", me)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new NotificationView(
                        rs.getLong("id"),
                        rs.getString("text"),
                        rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null
                                ? null
                                : rs.getTimestamp("read_at").toInstant()))
                .list();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    public long unread() {
        return jdbc.sql("SELECT count(*) FROM notifications.notification WHERE username = :me AND read_at IS NULL")
                .param("me", me())
                .query(Long.class)
                .single();
    }

    /** Marks one of the user's own notifications read and answers its link. */
    @Transactional
    public String markRead(long id) {
        return jdbc.sql("""
                        UPDATE notifications.notification SET read_at = coalesce(read_at, :now)
                         WHERE id = :id AND username = :me RETURNING link""")
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("id", id)
                .param("me", me())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException("notification", Long.toString(id)));
    }

    @Transactional
    public int markAllRead() {
        return jdbc.sql("UPDATE notifications.notification SET read_at = :now WHERE username = :me AND read_at IS NULL")
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("me", me())
                .update();
    }

    private static String me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "" : auth.getName();
    }
}
