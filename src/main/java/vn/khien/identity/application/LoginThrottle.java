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
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code max-failures} wrong passwords for one user name from one
 * address, each within {@code lock-minutes} of the previous one, that name refuses every sign-in
 * (form and HTTP Basic) from that address until {@code lock-minutes} have passed; a successful sign-in
 * from the address clears its count. Issue 15: keyed by name and address so nobody can lock another
 * person out from elsewhere, and names that are no account count the same, so the answers never reveal
 * which accounts exist. Failures and refused attempts stay in the audit trail as security events.
 *
 * <p>One address that collects {@code max-failures-per-address} wrong passwords over any names within
 * {@code lock-minutes} is refused for every name until its failures age out: a password sprayer that
 * tries each invented name a few times would otherwise never meet a lock. The cap is high because an
 * agency's office often reaches Khiên through one address; 0 turns it off.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;
    private final int maxFailuresPerAddress;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${khien.identity.login.max-failures:5}") int maxFailures,
            @Value("${khien.identity.login.lock-minutes:15}") int lockMinutes,
            @Value("${khien.identity.login.max-failures-per-address:100}") int maxFailuresPerAddress) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
        this.maxFailuresPerAddress = maxFailuresPerAddress;
    }

    /** Whether sign-in with this name (an account or not) from this address is refused now. */
    public boolean isLocked(String username, String address) {
        OffsetDateTime now = now();
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM identity.login_failure
                                        WHERE username = :username AND address = :address AND locked_until > :now)
                            OR (:perAddress > 0
                                AND (SELECT coalesce(sum(failures), 0) FROM identity.login_failure
                                      WHERE address = :address AND last_failed_at > :since) >= :perAddress)""")
                .param("username", normalised(username))
                .param("address", cut(address, 64))
                .param("now", now)
                .param("since", now.minus(lock))
                .param("perAddress", maxFailuresPerAddress)
                .query(Boolean.class)
                .single();
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        OffsetDateTime now = now();
        jdbc.sql("DELETE FROM identity.login_failure WHERE last_failed_at < :since")
                .param("since", now.minus(lock))
                .update();
        jdbc.sql("""
                        INSERT INTO identity.login_failure AS f (username, address, failures, last_failed_at, locked_until)
                        VALUES (:username, :address, 1, :now, CASE WHEN 1 >= :max THEN :until END)
                        ON CONFLICT (username, address) DO UPDATE
                           SET failures = CASE WHEN f.last_failed_at > :since THEN f.failures + 1 ELSE 1 END,
                               last_failed_at = :now,
                               locked_until = CASE
                                   WHEN (CASE WHEN f.last_failed_at > :since THEN f.failures + 1 ELSE 1 END) >= :max
                                   THEN :until ELSE f.locked_until END""")
                .param("username", normalised(event.getAuthentication().getName()))
                .param("address", addressOf(event.getAuthentication()))
                .param("since", now.minus(lock))
                .param("now", now)
                .param("max", maxFailures)
                .param("until", now.plus(lock))
                .update();
    }

    /**
     * A right password clears the count only where it completes the sign-in: where a second factor is
     * still to come, wrong codes add to the same count, and a password typed again must not reset it,
     * or an attacker who knows the password could guess codes for ever, a few at a time.
     */
    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof KhienUser user
                && user.secondFactorStep() == KhienUser.SecondFactorStep.CODE) {
            return;
        }
        clear(event.getAuthentication());
    }

    /** The second factor completed the sign-in: the count starts again. */
    public void secondFactorPassed(Authentication authentication) {
        clear(authentication);
    }

    private void clear(Authentication authentication) {
        jdbc.sql("DELETE FROM identity.login_failure WHERE username = :username AND address = :address")
                .param("username", normalised(authentication.getName()))
                .param("address", addressOf(authentication))
                .update();
    }

    /** The client address as the servlet container sees it (trusted proxies are configured there). */
    public static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? cut(details.getRemoteAddress(), 64)
                : "";
    }

    private OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }

    /** Names longer than any account (50) are no account: cut, they still count as one name. */
    private static String normalised(String username) {
        return username == null ? "" : cut(username.strip().toLowerCase(), 100);
    }

    private static String cut(String text, int length) {
        return text == null ? "" : text.length() <= length ? text : text.substring(0, length);
    }
}
