package vn.khien.identity.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.ApiClient;
import vn.khien.identity.ApiTokenChanged;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/**
 * Issues, revokes and checks API tokens. A token is 32 random bytes; being high-entropy, a plain
 * SHA-256 of it is a safe and fast lookup key (no salt or slow hash needed, unlike a password).
 */
@Service
public class ApiTokenManagement {

    static final String PREFIX = "khien_";
    // the last use is written at most once a minute per token, not on every request under load
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Instant> lastUseWritten = new ConcurrentHashMap<>();

    ApiTokenManagement(JdbcClient jdbc, AgencyDirectory agencies, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    /** The token is in this answer only; it cannot be shown again. */
    public record IssuedToken(long id, String token) {}

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public IssuedToken issue(String organisationCode, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "identity.token.error.name-required");
        }
        if (name.length() > 100) {
            throw new InvalidInputException("name", "identity.token.error.name-too-long");
        }
        if (organisationCode == null || agencies.find(organisationCode).isEmpty()) {
            throw new InvalidInputException("organisationCode", "identity.token.error.organisation-unknown");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("""
                        INSERT INTO identity.api_token (name, organisation_code, token_hash, prefix, issued_by, issued_at)
                        VALUES (:name, :org, :hash, :prefix, :by, :at) RETURNING id""")
                .param("name", name.strip())
                .param("org", organisationCode)
                .param("hash", hash(token))
                .param("prefix", token.substring(0, 12))
                .param("by", currentUsername())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        events.publishEvent(new ApiTokenChanged(id, "issued", organisationCode, name.strip()));
        return new IssuedToken(id, token);
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public void revoke(long id) {
        var token = jdbc.sql(
                        "SELECT organisation_code, name FROM identity.api_token WHERE id = :id AND revoked_at IS NULL")
                .param("id", id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException("api-token", Long.toString(id)));
        jdbc.sql("UPDATE identity.api_token SET revoked_at = :at, revoked_by = :by WHERE id = :id")
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("by", currentUsername())
                .param("id", id)
                .update();
        events.publishEvent(new ApiTokenChanged(id, "revoked", token[0], token[1]));
    }

    /** Only the coordinator sees the list of tokens. */
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public void checkMayManage() {
        // the annotation is the check
    }

    /** The client a presented token stands for, if it is known and not revoked; notes its use. */
    public Optional<ApiClient> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiClient> client = jdbc.sql("""
                        SELECT id, name, organisation_code FROM identity.api_token
                         WHERE token_hash = :hash AND revoked_at IS NULL""")
                .param("hash", hash(token))
                .query((rs, n) ->
                        new ApiClient(rs.getLong("id"), rs.getString("name"), rs.getString("organisation_code")))
                .optional();
        client.ifPresent(c -> noteUse(c.tokenId()));
        return client;
    }

    private void noteUse(long id) {
        Instant now = clock.instant();
        Instant written = lastUseWritten.get(id);
        if (written == null || written.plus(LAST_USE_PRECISION).isBefore(now)) {
            lastUseWritten.put(id, now);
            jdbc.sql("UPDATE identity.api_token SET last_used_at = :at WHERE id = :id")
                    .param("at", java.sql.Timestamp.from(now))
                    .param("id", id)
                    .update();
        }
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
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
