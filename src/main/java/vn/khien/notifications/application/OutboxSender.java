package vn.khien.notifications.application;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Sends the mails that are due, oldest first, a batch at a time. A failure counts an attempt and
 * waits longer each time (exponential backoff) until the configured number of attempts; the row keeps
 * the error for the coordinator's outbox page. Without an SMTP host, mails simply wait in the outbox.
 * Runs on one node (ShedLock); each row is updated on its own, so a mail sent is never sent again.
 */
@Service
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings settings;
    private final Clock clock;

    OutboxSender(
            JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
    }

    /** How long a claimed mail stays with its sender before another may take it. */
    static final java.time.Duration LEASE = java.time.Duration.ofMinutes(10);

    public int sendDue() {
        return sendDue(Instant.now(clock));
    }

    /** Sends what is due at {@code now}; answers how many mails the server accepted. */
    public int sendDue(Instant now) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!settings.enabled() || sender == null || !configured(sender)) {
            return 0;
        }
        // claimed, not just read: the due mails are leased to this sender in one statement (rows another
        // sender holds are skipped), so the job and a "send now" running together never mail one twice;
        // sending or failing ends the lease, a sender that dies leaves the mail due again when it expires
        List<Pending> due = jdbc.sql("""
                        UPDATE notifications.outbox o SET next_attempt_at = :leaseUntil
                         WHERE o.id IN (SELECT id FROM notifications.outbox
                                         WHERE sent_at IS NULL AND attempts < :max AND next_attempt_at <= :now
                                         ORDER BY next_attempt_at, id LIMIT :batch FOR UPDATE SKIP LOCKED)
                        RETURNING o.id, o.recipient_email, o.subject, o.body_text, o.body_html, o.attempts""")
                .param("max", settings.send().maxAttempts())
                .param("now", java.sql.Timestamp.from(now))
                .param("leaseUntil", java.sql.Timestamp.from(now.plus(LEASE)))
                .param("batch", settings.send().batchSize())
                .query(Pending.class)
                .list();
        int sent = 0;
        for (Pending mail : due) {
            try {
                sender.send(mime -> compose(mime, mail));
                record(mail.id(), now, null, null);
                sent++;
            } catch (MailException e) {
                int attempts = mail.attempts() + 1;
                log.warn(
                        "Mail {} to {} failed (attempt {}): {}",
                        mail.id(),
                        mail.recipientEmail(),
                        attempts,
                        e.getMessage());
                record(mail.id(), null, now.plus(settings.send().delayAfter(attempts)), e.getMessage());
            }
        }
        return sent;
    }

    private void compose(jakarta.mail.internet.MimeMessage mime, Pending mail) throws MessagingException {
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(mail.recipientEmail());
        helper.setSubject(mail.subject());
        helper.setText(mail.bodyText(), mail.bodyHtml());
    }

    private void record(long id, Instant sentAt, Instant nextAttempt, String error) {
        jdbc.sql("""
                        UPDATE notifications.outbox
                           SET attempts = attempts + 1, sent_at = :sentAt, last_error = :error,
                               next_attempt_at = coalesce(:next, next_attempt_at)
                         WHERE id = :id""")
                .param("id", id)
                .param("sentAt", sentAt == null ? null : java.sql.Timestamp.from(sentAt), java.sql.Types.TIMESTAMP)
                .param(
                        "next",
                        nextAttempt == null ? null : java.sql.Timestamp.from(nextAttempt),
                        java.sql.Types.TIMESTAMP)
                .param("error", error == null ? null : StringUtils.truncate(error, 1000), java.sql.Types.VARCHAR)
                .update();
    }

    /** Spring creates the sender whenever {@code spring.mail.host} is set, even to the empty default. */
    private static boolean configured(JavaMailSender sender) {
        return !(sender instanceof JavaMailSenderImpl impl) || StringUtils.hasText(impl.getHost());
    }

    record Pending(long id, String recipientEmail, String subject, String bodyText, String bodyHtml, int attempts) {}
}
