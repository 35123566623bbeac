package vn.khien.audit.application;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.khien.audit.domain.AuditChain;
import vn.khien.audit.domain.AuditEntry;
import vn.khien.shared.AuditableEvent;
import vn.khien.shared.InPublisherTransaction;

/**
 * Appends to the audit trail. Changes are written synchronously in the transaction that made them,
 * so a change and its audit record commit or roll back together; security events get their own.
 */
@Service
class AuditRecorder {

    /** Serialises appends across all nodes: the chain has exactly one head. */
    private static final long CHAIN_LOCK = 0x4B6869656EL;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AuditRecorder(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions); // joins the change's transaction if any
        this.clock = clock;
    }

    @InPublisherTransaction("a change and its audit record commit or roll back together: no change without its"
            + " record, no record of a change that never happened")
    @EventListener
    void on(AuditableEvent event) {
        append(currentActor(), event.action(), event.objectType(), event.objectId(), event.before(), event.after());
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        String user = event.getAuthentication().getName();
        append(user, "security.login.succeeded", "user", user, null, null);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getName());
        String reason = event.getException().getClass().getSimpleName();
        append(attempted, "security.login.failed", "user", attempted, null, reason);
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        String user = event.getAuthentication().getName();
        append(user, "security.logout", "user", user, null, null);
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return; // a visitor sent to the login page is not a security event
        }
        HttpServletRequest request = currentRequest();
        String target = request == null
                ? String.valueOf(event.getSource())
                : request.getMethod() + " " + request.getRequestURI();
        append(authentication.getName(), "security.access.denied", "request", target, null, null);
    }

    void append(String actor, String action, String objectType, String objectId, String before, String after) {
        HttpServletRequest request = currentRequest();
        String address = request == null ? null : cut(request.getRemoteAddr(), 64);
        transaction.executeWithoutResult(status -> write(actor, action, objectType, objectId, before, after, address));
    }

    private void write(
            String actor,
            String action,
            String objectType,
            String objectId,
            String before,
            String after,
            String address) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
                .param("lock", CHAIN_LOCK)
                .query()
                .singleRow();
        var head = jdbc.sql("SELECT seq, hash FROM audit.audit_record ORDER BY seq DESC LIMIT 1")
                .query((rs, n) -> new Object[] {rs.getLong("seq"), rs.getString("hash")})
                .optional();
        long seq = head.map(h -> (Long) h[0] + 1).orElse(1L);
        String previousHash = head.map(h -> (String) h[1]).orElse(AuditChain.GENESIS);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        AuditEntry entry = new AuditEntry(
                seq,
                now,
                cut(actor, 100),
                cut(action, 100),
                cut(objectType, 50),
                cut(objectId, 200),
                before,
                after,
                address);
        jdbc.sql("""
                        INSERT INTO audit.audit_record (seq, occurred_at, actor, action, object_type, object_id,
                            before_state, after_state, remote_address, previous_hash, hash)
                        VALUES (:seq, :at, :actor, :action, :type, :id, :before, :after, :address, :previous, :hash)""")
                .param("seq", entry.seq())
                .param("at", java.sql.Timestamp.from(entry.occurredAt()))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("type", entry.objectType())
                .param("id", entry.objectId())
                .param("before", entry.before())
                .param("after", entry.after())
                .param("address", entry.remoteAddress())
                .param("previous", previousHash)
                .param("hash", AuditChain.hash(previousHash, entry))
                .update();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    private static String cut(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
