package vn.khien.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code max-failures} wrong passwords for one account, each within
 * {@code lock-minutes} of the previous one, the account refuses every sign-in (form and HTTP Basic)
 * until {@code lock-minutes} have passed; a successful sign-in clears the count. Failures and the
 * refused attempts are in the audit trail as security events.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${khien.identity.login.max-failures:5}") int maxFailures,
            @Value("${khien.identity.login.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    /** Whether the account refuses sign-in now; unknown names are never locked. */
    public boolean isLocked(String username) {
        return jdbc.sql("SELECT count(*) FROM identity.user_account WHERE username = :username AND locked_until > :now")
                        .param("username", normalised(username))
                        .param("now", now())
                        .query(Long.class)
                        .single()
                > 0;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.sql("""
                        UPDATE identity.user_account
                           SET failed_logins = CASE WHEN last_failed_login_at > :since THEN failed_logins + 1 ELSE 1 END,
                               last_failed_login_at = :now,
                               locked_until = CASE
                                   WHEN (CASE WHEN last_failed_login_at > :since THEN failed_logins + 1 ELSE 1 END) >= :max
                                   THEN :until ELSE locked_until END
                         WHERE username = :username""")
                .param("since", now().minus(lock))
                .param("now", now())
                .param("max", maxFailures)
                .param("until", now().plus(lock))
                .param("username", normalised(event.getAuthentication().getName()))
                .update();
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        jdbc.sql("""
                        UPDATE identity.user_account SET failed_logins = 0, locked_until = NULL
                         WHERE username = :username AND (failed_logins > 0 OR locked_until IS NOT NULL)""")
                .param("username", normalised(event.getAuthentication().getName()))
                .update();
    }

    private OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }

    private static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }
}
