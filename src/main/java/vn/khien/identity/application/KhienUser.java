package vn.khien.identity.application;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person, with what the shell shows and what scope checks need. */
public class KhienUser extends User {

    private final String displayName;
    private final String agencyCode;
    private final boolean includeSubordinates;
    private final String language;

    KhienUser(
            String username,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities,
            String displayName,
            String agencyCode,
            boolean includeSubordinates,
            String language) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.displayName = displayName;
        this.agencyCode = agencyCode;
        this.includeSubordinates = includeSubordinates;
        this.language = language;
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
}
