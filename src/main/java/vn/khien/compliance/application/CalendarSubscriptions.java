package vn.khien.compliance.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.compliance.CalendarSubscriptionChanged;
import vn.khien.shared.ObjectNotFoundException;

/**
 * Each user's private calendar feed. The token is 32 random bytes shown once; being high-entropy, its
 * plain SHA-256 is a safe lookup key (as for API tokens). One live subscription per user.
 */
@Service
public class CalendarSubscriptions {

    /** The signed-in user's live subscription, without its token. */
    public record Subscription(Instant createdAt, Instant lastUsedAt) {}

    /**
     * Whose feed a presented token opens. The language is the one the user had when creating it, used
     * only when their account no longer says.
     */
    public record Subscriber(long id, String username, String language) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarSubscriptions(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Subscription> current() {
        return jdbc.sql("""
                        SELECT created_at, last_used_at FROM compliance.calendar_subscription
                         WHERE username = :user AND revoked_at IS NULL""")
                .param("user", currentUsername())
                .query((rs, n) -> new Subscription(
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_used_at") == null
                                ? null
                                : rs.getTimestamp("last_used_at").toInstant()))
                .optional();
    }

    /** A new token for the signed-in user, in their current language; any previous one stops working. */
    @Transactional
    public String create() {
        String username = currentUsername();
        boolean replacing = revokeLive(username) > 0;
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                        INSERT INTO compliance.calendar_subscription (username, token_hash, language, created_at)
                        VALUES (:user, :hash, :language, :at)""")
                .param("user", username)
                .param("hash", hash(token))
                .param("language", "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi")
                .param("at", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new CalendarSubscriptionChanged(username, replacing ? "regenerated" : "created"));
        return token;
    }

    @Transactional
    public void revoke() {
        String username = currentUsername();
        if (revokeLive(username) == 0) {
            throw new ObjectNotFoundException("calendar-subscription", username);
        }
        events.publishEvent(new CalendarSubscriptionChanged(username, "revoked"));
    }

    /** The subscriber a token stands for, if it is live; notes its use. */
    @Transactional
    public Optional<Subscriber> open(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        Optional<Subscriber> subscriber = jdbc.sql("""
                        UPDATE compliance.calendar_subscription SET last_used_at = :at
                         WHERE token_hash = :hash AND revoked_at IS NULL
                        RETURNING id, username, language""")
                .param("at", Timestamp.from(clock.instant()))
                .param("hash", hash(token))
                .query((rs, n) -> new Subscriber(rs.getLong("id"), rs.getString("username"), rs.getString("language")))
                .optional();
        return subscriber;
    }

    private int revokeLive(String username) {
        return jdbc.sql("""
                        UPDATE compliance.calendar_subscription SET revoked_at = :at
                         WHERE username = :user AND revoked_at IS NULL""")
                .param("at", Timestamp.from(clock.instant()))
                .param("user", username)
                .update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new ObjectNotFoundException("calendar-subscription", "anonymous");
        }
        return authentication.getName();
    }
}
