package vn.khien.identity.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.identity.Role;
import vn.khien.identity.UserChanged;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/**
 * The signed-in user's second factor (issue 22): enrolment of a TOTP authenticator confirmed by a code,
 * the check of a code at sign-in (each time step once: a code seen on the wire cannot be replayed), and
 * ten one-time recovery codes, stored as password hashes. The secret never leaves this class except to
 * the enrolling user's own page, and never reaches the audit trail or a log.
 */
@Service
public class SecondFactors {

    private static final int RECOVERY_CODES = 10;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PasswordEncoder hashes;
    private final ApplicationEventPublisher events;

    SecondFactors(JdbcClient jdbc, Clock clock, PasswordEncoder hashes, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.hashes = hashes;
        this.events = events;
    }

    /** What the account page shows. */
    public record Standing(boolean enrolled, boolean required, int recoveryCodesLeft) {}

    /** An enrolment in progress: the secret for manual entry and the link the QR code carries. */
    public record Enrolment(String secret, String link) {}

    @PreAuthorize("isAuthenticated()")
    public Standing standing() {
        long user = currentUserId();
        return new Standing(
                isEnrolled(user),
                isRequired(user),
                jdbc.sql("SELECT count(*) FROM identity.recovery_code WHERE user_id = :user AND used_at IS NULL")
                        .param("user", user)
                        .query(Integer.class)
                        .single());
    }

    /** The enrolment in progress, or a new one; refused once enrolled (disable or regenerate instead). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Enrolment enrolment() {
        long user = currentUserId();
        if (isEnrolled(user)) {
            throw new ConflictException("identity.second-factor.error.already-enrolled");
        }
        String secret = secretOf(user).orElseGet(() -> {
            String fresh = Base32.encode(Totp.newSecret());
            jdbc.sql("INSERT INTO identity.second_factor (user_id, secret) VALUES (:user, :secret)")
                    .param("user", user)
                    .param("secret", fresh)
                    .update();
            return fresh;
        });
        String username = currentUsername();
        String label =
                URLEncoder.encode("Khiên:" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(
                secret,
                "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                        + URLEncoder.encode("Khiên", StandardCharsets.UTF_8));
    }

    /** A correct code from the authenticator completes the enrolment; returns the recovery codes, shown once. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> confirmEnrolment(String code) {
        long user = currentUserId();
        if (isEnrolled(user)) {
            throw new ConflictException("identity.second-factor.error.already-enrolled");
        }
        String secret = secretOf(user).orElseThrow(SecondFactors::wrongCode);
        OptionalLong step = Totp.matchingStep(Base32.decode(secret), strip(code), clock.instant());
        if (step.isEmpty()) {
            throw wrongCode();
        }
        jdbc.sql("UPDATE identity.second_factor SET confirmed_at = :now, last_used_step = :step WHERE user_id = :user")
                .param("now", now())
                .param("step", step.getAsLong())
                .param("user", user)
                .update();
        accountChanged(user, currentUsername(), "second-factor-enabled");
        return newRecoveryCodes(user);
    }

    /**
     * Whether this is a current code of the signed-in user's authenticator, not used before, or one of
     * their unused recovery codes (then used up).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean verify(String code) {
        long user = currentUserId();
        String typed = strip(code);
        var secret = jdbc.sql(
                        "SELECT secret FROM identity.second_factor WHERE user_id = :user AND confirmed_at IS NOT NULL")
                .param("user", user)
                .query(String.class)
                .optional();
        if (secret.isEmpty() || typed.isEmpty()) {
            return false;
        }
        if (typed.matches("\\d{" + Totp.DIGITS + "}")) {
            OptionalLong step = Totp.matchingStep(Base32.decode(secret.get()), typed, clock.instant());
            // one statement: of two requests with the same code, only one moves the step on
            return step.isPresent()
                    && jdbc.sql("""
                                    UPDATE identity.second_factor SET last_used_step = :step
                                     WHERE user_id = :user AND last_used_step < :step""")
                                    .param("step", step.getAsLong())
                                    .param("user", user)
                                    .update()
                            == 1;
        }
        return useRecoveryCode(user, typed);
    }

    /** New recovery codes; the old ones stop working. Shown once. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> regenerateRecoveryCodes() {
        long user = currentUserId();
        if (!isEnrolled(user)) {
            throw new ConflictException("identity.second-factor.error.not-enrolled");
        }
        events.publishEvent(new UserChanged(currentUsername(), "recovery-codes-regenerated", null, null));
        return newRecoveryCodes(user);
    }

    /** Only where the second factor is optional for every role of the account. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void disable() {
        long user = currentUserId();
        if (isRequired(user)) {
            throw new ConflictException("identity.second-factor.error.required");
        }
        if (!isEnrolled(user)) {
            throw new ConflictException("identity.second-factor.error.not-enrolled");
        }
        forget(user);
        accountChanged(user, currentUsername(), "second-factor-disabled");
    }

    /**
     * The coordinator removes a user's authenticator and recovery codes (a lost phone and lost codes): the
     * user enrols again at the next sign-in where the roles require it. Sessions open now stay as they are.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public void reset(String username) {
        long user = jdbc.sql("SELECT id FROM identity.user_account WHERE username = :username")
                .param("username", username)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException("user", username));
        if (!isEnrolled(user)) {
            throw new ConflictException("identity.second-factor.error.not-enrolled");
        }
        forget(user);
        accountChanged(user, username, "second-factor-reset");
    }

    /** For sign-in, before the account is in the security context. */
    boolean isEnrolled(String username) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM identity.second_factor f
                                         JOIN identity.user_account u ON u.id = f.user_id
                                        WHERE u.username = :username AND f.confirmed_at IS NOT NULL)""").param("username", username).query(Boolean.class).single();
    }

    private boolean useRecoveryCode(long user, String typed) {
        var unused = jdbc.sql("SELECT code_hash FROM identity.recovery_code WHERE user_id = :user AND used_at IS NULL")
                .param("user", user)
                .query(String.class)
                .list();
        for (String hash : unused) {
            if (hashes.matches(typed.toLowerCase(), hash)) {
                int used = jdbc.sql("""
                                UPDATE identity.recovery_code SET used_at = :now
                                 WHERE user_id = :user AND code_hash = :hash AND used_at IS NULL""")
                        .param("now", now())
                        .param("user", user)
                        .param("hash", hash)
                        .update();
                if (used == 1) {
                    events.publishEvent(new UserChanged(currentUsername(), "recovery-code-used", null, null));
                }
                return used == 1;
            }
        }
        return false;
    }

    private List<String> newRecoveryCodes(long user) {
        jdbc.sql("DELETE FROM identity.recovery_code WHERE user_id = :user")
                .param("user", user)
                .update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            // 50 random bits, in two groups that are easy to copy from paper
            String code = Base32.encode(Totp.newSecret()).substring(0, 10).toLowerCase();
            code = code.substring(0, 5) + "-" + code.substring(5);
            codes.add(code);
            jdbc.sql("INSERT INTO identity.recovery_code (user_id, code_hash) VALUES (:user, :hash)")
                    .param("user", user)
                    .param("hash", hashes.encode(code))
                    .update();
        }
        return List.copyOf(codes);
    }

    /**
     * A new version of the account: the user's other sessions reload it at their next request, so an
     * enrolment asks them for a code too (SessionAccountFilter).
     */
    private void accountChanged(long user, String username, String change) {
        jdbc.sql("UPDATE identity.user_account SET version = version + 1 WHERE id = :user")
                .param("user", user)
                .update();
        events.publishEvent(new UserChanged(username, change, null, null));
    }

    private void forget(long user) {
        jdbc.sql("DELETE FROM identity.second_factor WHERE user_id = :user")
                .param("user", user)
                .update();
        jdbc.sql("DELETE FROM identity.recovery_code WHERE user_id = :user")
                .param("user", user)
                .update();
    }

    /** The secret of the enrolment, confirmed or in progress. */
    private java.util.Optional<String> secretOf(long user) {
        return jdbc.sql("SELECT secret FROM identity.second_factor WHERE user_id = :user")
                .param("user", user)
                .query(String.class)
                .optional();
    }

    private boolean isEnrolled(long user) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM identity.second_factor
                                        WHERE user_id = :user AND confirmed_at IS NOT NULL)""").param("user", user).query(Boolean.class).single();
    }

    private boolean isRequired(long user) {
        return jdbc
                .sql("SELECT role FROM identity.user_role WHERE user_id = :user")
                .param("user", user)
                .query(String.class)
                .list()
                .stream()
                .anyMatch(Role.SECOND_FACTOR_REQUIRED::contains);
    }

    private long currentUserId() {
        return jdbc.sql("SELECT id FROM identity.user_account WHERE username = :username")
                .param("username", currentUsername())
                .query(Long.class)
                .single();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String currentUsername() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static String strip(String code) {
        return code == null ? "" : code.replace(" ", "").strip();
    }

    private static InvalidInputException wrongCode() {
        return new InvalidInputException("code", "identity.second-factor.error.wrong-code");
    }
}
