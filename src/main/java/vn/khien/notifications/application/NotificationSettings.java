package vn.khien.notifications.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The notifications' settings (application.yaml, {@code khien.notifications}); the SMTP server itself
 * is Spring's {@code spring.mail.*}.
 */
@ConfigurationProperties("khien.notifications")
public record NotificationSettings(Boolean enabled, String from, String baseUrl, Send send, Escalation escalation) {

    public NotificationSettings {
        enabled = enabled == null || enabled;
        from = from == null || from.isBlank() ? "khien@localhost" : from;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        send = send == null ? new Send(null, null, 0, 0) : send;
        escalation = escalation == null ? new Escalation(0) : escalation;
    }

    /** Backoff doubles from {@code backoff} after each failure up to {@code maxBackoff}. */
    public record Send(Duration backoff, Duration maxBackoff, int maxAttempts, int batchSize) {
        public Send {
            backoff = backoff == null ? Duration.ofMinutes(1) : backoff;
            maxBackoff = maxBackoff == null ? Duration.ofHours(6) : maxBackoff;
            maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
            batchSize = batchSize <= 0 ? 50 : batchSize;
        }

        /** The wait before the next try after {@code attempts} failed tries. */
        public Duration delayAfter(int attempts) {
            Duration delay = backoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
            return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
        }
    }

    /** Overdue obligations are escalated to the agency head and the coordinator after this many days. */
    public record Escalation(int afterDays) {
        public Escalation {
            afterDays = afterDays <= 0 ? 7 : afterDays;
        }
    }

    public String absolute(String link) {
        return link.startsWith("http://") || link.startsWith("https://") ? link : baseUrl + link;
    }
}
