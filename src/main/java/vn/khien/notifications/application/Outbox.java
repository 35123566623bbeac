package vn.khien.notifications.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes messages in the caller's transaction: a mail row for each recipient with an address and an
 * in-app row for each user, each list in one batch. A repeated dedupe key is skipped silently.
 */
@Component
class Outbox {

    private final NamedParameterJdbcTemplate jdbc;
    private final NotificationSettings settings;
    private final Clock clock;

    Outbox(NamedParameterJdbcTemplate jdbc, NotificationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Answers how many mails were queued (repeats left out). */
    int write(List<Delivery> deliveries) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        MapSqlParameterSource[] mails = deliveries.stream()
                .filter(d -> d.email() != null && !d.email().isBlank())
                .map(d -> params(d, now).addValue("email", d.email()))
                .toArray(MapSqlParameterSource[]::new);
        MapSqlParameterSource[] inApp = deliveries.stream()
                .filter(d -> d.username() != null)
                .map(d -> params(d, now))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("""
                INSERT INTO notifications.notification (username, text, link, dedupe_key, created_at)
                VALUES (:username, :subject, :link, :dedupeKey, :now)
                ON CONFLICT (dedupe_key) DO NOTHING""", inApp);
        int[] queued = jdbc.batchUpdate("""
                INSERT INTO notifications.outbox (recipient_username, recipient_email, language, subject, body_text,
                       body_html, link, dedupe_key, created_at, next_attempt_at)
                VALUES (:username, :email, :language, :subject, :text, :html, :absoluteLink, :dedupeKey, :now, :now)
                ON CONFLICT (dedupe_key) DO NOTHING""", mails);
        int count = 0;
        for (int n : queued) {
            count += Math.max(n, 0);
        }
        return count;
    }

    private MapSqlParameterSource params(Delivery d, Timestamp now) {
        return new MapSqlParameterSource()
                .addValue("username", d.username())
                .addValue("language", d.language())
                .addValue("subject", truncate(d.subject(), 300))
                .addValue("text", d.body().text())
                .addValue("html", d.body().html())
                .addValue("link", d.link())
                .addValue("absoluteLink", settings.absolute(d.link()))
                .addValue("dedupeKey", d.dedupeKey())
                .addValue("now", now);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
