package vn.khien.identity.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person, with what the shell shows and what scope checks need. */
public class KhienUser extends User {

    private final String displayName;
    private final String agencyCode;
    private final boolean includeSubordinates;
    private final String language;
    private final Stamp stamp;
    private final boolean external;
    private final boolean secondFactorEnrolled;

    KhienUser(
            String username,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities,
            String displayName,
            String agencyCode,
            boolean includeSubordinates,
            String language,
            Stamp stamp,
            boolean external,
            boolean secondFactorEnrolled) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.displayName = displayName;
        this.agencyCode = agencyCode;
        this.includeSubordinates = includeSubordinates;
        this.language = language;
        this.stamp = stamp;
        this.external = external;
        this.secondFactorEnrolled = secondFactorEnrolled;
    }

    /** What a password sign-in of this account still needs before it may use Khiên. */
    public enum SecondFactorStep {
        /** Nothing: the second factor is optional for the account's roles and it has none. */
        NONE,
        /** A code from the enrolled authenticator (or a recovery code). */
        CODE,
        /** An enrolment first: the account's roles require a second factor that it does not have yet. */
        ENROL
    }

    public SecondFactorStep secondFactorStep() {
        if (secondFactorEnrolled) {
            return SecondFactorStep.CODE;
        }
        boolean required = getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().startsWith("ROLE_")
                        && vn.khien.identity.Role.SECOND_FACTOR_REQUIRED.contains(
                                a.getAuthority().substring(5)));
        return required ? SecondFactorStep.ENROL : SecondFactorStep.NONE;
    }

    public String displayName() {
        return displayName;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public boolean includeSubordinates() {
        return includeSubordinates;
    }

    public String language() {
        return language;
    }

    /**
     * Signs in through the single sign-on provider, which asks for its own second factor: Khiên asks
     * for none (issue 22 item 3 applies to password sign-ins).
     */
    public boolean external() {
        return external;
    }

    Stamp stamp() {
        return stamp;
    }

    /**
     * The account as it was when this session loaded it: any saved change bumps the version; a new
     * password also moves the time it was changed. PostgreSQL keeps microseconds, so compared at that.
     */
    record Stamp(int version, Instant passwordChangedAt) implements Serializable {

        Stamp {
            passwordChangedAt = passwordChangedAt.truncatedTo(ChronoUnit.MICROS);
        }
    }
}
