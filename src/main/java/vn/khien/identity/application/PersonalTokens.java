package vn.khien.identity.application;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.identity.PersonalTokenChanged;
import vn.khien.identity.Role;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/**
 * A person's API tokens (issue 22 item 2): a script calls the API as that person, with their roles and
 * agency scope, no more than the token's scope allows, until it expires or is revoked. Like machine
 * tokens: 32 random bytes, only the SHA-256 kept, shown once.
 */
@Service
public class PersonalTokens {

    static final String PREFIX = "khienu_";
    static final int MAX_DAYS = 365;
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    /** READ: only GET, HEAD and OPTIONS; WRITE: whatever the person may do. */
    public enum Scope {
        READ,
        WRITE
    }

    /** The token is in this answer only; it cannot be shown again. */
    public record IssuedToken(long id, String token) {}

    /** Who a presented token acts for, and how far. */
    public record Holder(long tokenId, String username, Scope scope) {}

    public record TokenRow(
            long id,
            String name,
            String prefix,
            Scope scope,
            Instant issuedAt,
            Instant expiresAt,
            Instant revokedAt,
            Instant lastUsedAt) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Instant> lastUseWritten = new ConcurrentHashMap<>();

    PersonalTokens(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A token for the signed-in person, valid for {@code days} (1 to 365). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public IssuedToken issue(String name, Scope scope, Integer days) {
        String username = signedInPerson();
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "identity.token.error.name-required");
        }
        if (name.length() > 100) {
            throw new InvalidInputException("name", "identity.token.error.name-too-long");
        }
        if (scope == null) {
            throw new InvalidInputException("scope", "identity.personal-token.error.scope-required");
        }
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "identity.personal-token.error.days");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        return new IssuedToken(store(username, name.strip(), scope, token, now.plus(Duration.ofDays(days))), token);
    }

    /**
     * The first administrator's token from {@code KHIEN_ADMIN_TOKEN}: chosen by whoever deploys Khiên, so
     * that automation works from the first start; it lasts until revoked. Only its hash is stored.
     */
    @Transactional
    void bootstrap(String username, String token) {
        store(username, "KHIEN_ADMIN_TOKEN", Scope.WRITE, token, null);
    }

    private long store(String username, String name, Scope scope, String token, Instant expiresAt) {
        long id = jdbc.sql("""
                        INSERT INTO identity.personal_token (username, name, token_hash, prefix, scope, issued_at, expires_at)
                        VALUES (:username, :name, :hash, :prefix, :scope, :at, :expires) RETURNING id""")
                .param("username", username)
                .param("name", name)
                .param("hash", ApiTokenManagement.hash(token))
                .param("prefix", token.substring(0, Math.min(12, token.length() / 4)))
                .param("scope", scope.name())
                .param("at", Timestamp.from(clock.instant()))
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(Long.class)
                .single();
        events.publishEvent(new PersonalTokenChanged(id, "issued", username, name, scope.name()));
        return id;
    }

    /** The owner revokes their token; the coordinator revokes anyone's. Another's token is not found. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revoke(long id) {
        String current = SecurityContextHolder.getContext().getAuthentication().getName();
        boolean coordinator = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.COORDINATOR_ADMIN.authority()));
        var token = jdbc.sql("""
                        SELECT username, name, scope FROM identity.personal_token
                         WHERE id = :id AND revoked_at IS NULL AND (username = :current OR :coordinator)""")
                .param("id", id)
                .param("current", current)
                .param("coordinator", coordinator)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException("personal-token", Long.toString(id)));
        jdbc.sql("UPDATE identity.personal_token SET revoked_at = :at WHERE id = :id")
                .param("at", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        events.publishEvent(new PersonalTokenChanged(id, "revoked", token[0], token[1], token[2]));
    }

    /** The signed-in person's tokens, newest first, the active ones before the others. */
    @PreAuthorize("isAuthenticated()")
    public List<TokenRow> mine() {
        return jdbc.sql("""
                        SELECT id, name, prefix, scope, issued_at, expires_at, revoked_at, last_used_at
                          FROM identity.personal_token WHERE username = :username
                         ORDER BY revoked_at IS NOT NULL, issued_at DESC, id DESC LIMIT 200""")
                .param("username", signedInPerson())
                .query((rs, n) -> new TokenRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("prefix"),
                        Scope.valueOf(rs.getString("scope")),
                        instant(rs.getTimestamp("issued_at")),
                        instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("revoked_at")),
                        instant(rs.getTimestamp("last_used_at"))))
                .list();
    }

    /** Who a presented token acts for, if it is known, not revoked and not expired; notes its use. */
    public Optional<Holder> authenticate(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Holder> holder = jdbc.sql("""
                        SELECT id, username, scope FROM identity.personal_token
                         WHERE token_hash = :hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)""")
                .param("hash", ApiTokenManagement.hash(token))
                .param("now", Timestamp.from(now))
                .query((rs, n) ->
                        new Holder(rs.getLong("id"), rs.getString("username"), Scope.valueOf(rs.getString("scope"))))
                .optional();
        holder.ifPresent(h -> noteUse(h.tokenId(), now));
        return holder;
    }

    /** Whether the text is a person's token (valid or not): such a call is judged by the person's rights. */
    public boolean isPersonal(String token) {
        return token != null
                && token.length() <= 200
                && jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity.personal_token WHERE token_hash = :hash)")
                        .param("hash", ApiTokenManagement.hash(token))
                        .query(Boolean.class)
                        .single();
    }

    private void noteUse(long id, Instant now) {
        Instant written = lastUseWritten.get(id);
        if (written == null || written.plus(LAST_USE_PRECISION).isBefore(now)) {
            lastUseWritten.put(id, now);
            jdbc.sql("UPDATE identity.personal_token SET last_used_at = :at WHERE id = :id")
                    .param("at", Timestamp.from(now))
                    .param("id", id)
                    .update();
        }
    }

    /** Tokens are for people: not for a machine's token, nor for a start-up task. */
    private static String signedInPerson() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof KhienUser user)) {
            throw new AccessDeniedException("personal tokens are for people");
        }
        return user.getUsername();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
