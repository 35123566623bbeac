package vn.khien.notifications.application;

import java.time.Instant;

/** A mail of the outbox as the coordinator sees it. */
public record OutboxMailView(
        long id,
        String recipient,
        String subject,
        Instant createdAt,
        Instant sentAt,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        State state) {

    /** Sent; waiting (first try or retrying); failed (no tries left until the coordinator retries). */
    public enum State {
        SENT,
        PENDING,
        FAILED
    }
}
