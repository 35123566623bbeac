package vn.khien.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.identity.Role;
import vn.khien.identity.UserChanged;

/** A person's account: how they sign in, what roles they hold, and which agencies they act for. */
@Table(schema = "identity", name = "user_account")
public class UserAccount extends AbstractAggregateRoot<UserAccount> {

    @Id
    private Long id;

    private final String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private String agencyCode;
    private boolean includeSubordinates;
    private boolean enabled;
    private String language;
    private final Instant createdAt;
    private Instant passwordChangedAt;
    private final String externalIssuer;
    private final String externalSubject;

    @MappedCollection(idColumn = "user_id")
    private Set<RoleGrant> roles;

    @Version
    private int version;

    @PersistenceCreator
    UserAccount(
            Long id,
            String username,
            String displayName,
            String email,
            String passwordHash,
            String agencyCode,
            boolean includeSubordinates,
            boolean enabled,
            String language,
            Instant createdAt,
            Instant passwordChangedAt,
            String externalIssuer,
            String externalSubject,
            Set<RoleGrant> roles,
            int version) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.agencyCode = agencyCode;
        this.includeSubordinates = includeSubordinates;
        this.enabled = enabled;
        this.language = language;
        this.createdAt = createdAt;
        this.passwordChangedAt = passwordChangedAt;
        this.externalIssuer = externalIssuer;
        this.externalSubject = externalSubject;
        this.roles = roles;
        this.version = version;
    }

    public static UserAccount create(UserProfile profile, String passwordHash, Instant now) {
        UserAccount account = fresh(profile, passwordHash, now, null, null);
        account.registerEvent(new UserChanged(account.username, "created", null, account.describe()));
        return account;
    }

    /**
     * An account made at a person's first single sign-on, tied to the provider's subject. Its password
     * hash is of a secret nobody holds: the person signs in through the provider only.
     */
    public static UserAccount createExternal(
            UserProfile profile, String issuer, String subject, String unusablePasswordHash, Instant now) {
        UserAccount account = fresh(profile, unusablePasswordHash, now, issuer, subject);
        account.registerEvent(
                new UserChanged(account.username, "created", null, account.describe() + ", provider=" + issuer));
        return account;
    }

    private static UserAccount fresh(
            UserProfile profile, String passwordHash, Instant now, String issuer, String subject) {
        UserAccount account = new UserAccount(
                null,
                profile.username(),
                null,
                null,
                passwordHash,
                null,
                false,
                true,
                "vi",
                now,
                now,
                issuer,
                subject,
                Set.of(),
                0);
        account.apply(profile);
        return account;
    }

    /**
     * At each single sign-on the provider's claims hold: a role or agency taken away there is taken away
     * here. Nothing is saved or audited when nothing changed.
     */
    public boolean follow(UserProfile profile) {
        String before = describe();
        String beforeContact = displayName + "|" + email;
        apply(new UserProfile(
                username,
                profile.displayName(),
                profile.email(),
                profile.roles(),
                profile.agencyCode(),
                profile.includeSubordinates()));
        if (before.equals(describe()) && beforeContact.equals(displayName + "|" + email)) {
            return false;
        }
        registerEvent(new UserChanged(username, "updated-by-provider", before, describe()));
        return true;
    }

    /** Changes name, e-mail, roles and agency scope; the user name never changes. */
    public void update(UserProfile profile) {
        String before = describe();
        apply(profile);
        registerEvent(new UserChanged(username, "updated", before, describe()));
    }

    public void disable() {
        enabled = false;
        registerEvent(new UserChanged(username, "disabled", "enabled=true", "enabled=false"));
    }

    public void enable() {
        enabled = true;
        registerEvent(new UserChanged(username, "enabled", "enabled=false", "enabled=true"));
    }

    public void changePassword(String newPasswordHash, Instant now) {
        passwordHash = newPasswordHash;
        passwordChangedAt = now;
        registerEvent(new UserChanged(username, "password-changed", null, null));
    }

    public void preferLanguage(String newLanguage) {
        String before = "language=" + language;
        language = newLanguage;
        registerEvent(new UserChanged(username, "language-changed", before, "language=" + language));
    }

    private void apply(UserProfile profile) {
        displayName = profile.displayName();
        email = profile.email();
        agencyCode = profile.agencyCode();
        includeSubordinates = profile.includeSubordinates();
        roles = profile.roles().stream().map(RoleGrant::new).collect(Collectors.toSet());
    }

    private String describe() {
        return "name=" + displayName + ", roles=" + roleSet() + ", agency=" + agencyCode
                + (includeSubordinates ? " (+units)" : "") + ", enabled=" + enabled;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public boolean includeSubordinates() {
        return includeSubordinates;
    }

    public boolean enabled() {
        return enabled;
    }

    public String language() {
        return language;
    }

    /** Signs in through an OpenID Connect provider, not with a password. */
    public boolean external() {
        return externalIssuer != null;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    /** Bumped by every save: sessions compare it to see that roles, scope or state changed. */
    public int version() {
        return version;
    }

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(grant -> set.add(grant.role()));
        return set;
    }
}
