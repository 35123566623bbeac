package vn.khien.identity.application;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.identity.application.KhienUser.Stamp;

/**
 * Whether a session's account is still the one that signed in (issue 15): checked on every request of
 * a session with one look-up by the unique user name, no password hashing. An administrator's change of
 * roles, scope or name takes effect on the next request; a disabled or removed account, or a password
 * changed elsewhere, ends the session.
 */
@Service
public class SessionAccounts {

    /** What a session should do with its signed-in account. */
    public enum Standing {
        CURRENT,
        CHANGED,
        ENDED
    }

    private final JdbcClient jdbc;

    SessionAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Standing standingOf(KhienUser user) {
        return jdbc.sql("""
                        SELECT enabled, version, password_changed_at FROM identity.user_account
                         WHERE username = :username""")
                .param("username", user.getUsername())
                .query((rs, n) -> rs.getBoolean("enabled")
                        ? compare(
                                user.stamp(),
                                new Stamp(
                                        rs.getInt("version"),
                                        rs.getObject("password_changed_at", Timestamp.class)
                                                .toInstant()))
                        : Standing.ENDED)
                .optional()
                .orElse(Standing.ENDED);
    }

    private static Standing compare(Stamp signedIn, Stamp now) {
        if (!signedIn.passwordChangedAt().equals(now.passwordChangedAt())) {
            return Standing.ENDED;
        }
        return signedIn.version() == now.version() ? Standing.CURRENT : Standing.CHANGED;
    }
}
