package vn.khien.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.khien.notifications.application.OutboxSender;
import vn.khien.shared.Recipient;
import vn.khien.support.KhienIntegrationTest;

/**
 * Notices go through the outbox to a real SMTP server (GreenMail): in the recipient's language, with
 * an absolute link, retried with backoff while the server is down. The shared context's mail sender is
 * pointed at the test server for each test and back afterwards, so the context stays cached.
 */
@KhienIntegrationTest
class OutboxMailIntegrationTests extends NotificationsTestSupport {

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    OutboxSender sender;

    private GreenMail smtp;
    private final int port = freePort();

    @BeforeEach
    void pointAtTestServer() {
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(port);
    }

    @AfterEach
    void restore() {
        mailSender.setHost("");
        mailSender.setPort(25);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aNoticeIsMailedInEachRecipientsLanguageWithAnAbsoluteLink() throws Exception {
        smtp = smtpServer(port);
        smtp.start();
        String english = englishUser("H57.02", "AGENCY_OFFICER");
        String holder = notify(
                List.of(
                        Recipient.user("giamdoc.sonv"),
                        Recipient.user(english),
                        Recipient.address("DauMoi@Example.org", "vi")),
                "/registers/credentials?agency=H57.02");

        sendAll(Instant.now());

        MimeMessage vi = received("giamdoc.sonv@demo.khien.vn", holder);
        assertThat(vi.getSubject()).isEqualTo("Chứng thư số của " + holder + " (H57.02) hết hạn ngày 31/01/2027");
        assertThat(plainText(vi)).contains("http://localhost:8080/registers/credentials?agency=H57.02");
        MimeMessage en = received(english + "@example.org", holder);
        assertThat(en.getSubject())
                .isEqualTo("The signing certificate of " + holder + " (H57.02) expires on 31/01/2027");
        assertThat(received("daumoi@example.org", holder).getSubject()).startsWith("Chứng thư số");
        assertThat(outboxCount("subject LIKE ? AND sent_at IS NOT NULL AND attempts = 1", "%" + holder + "%"))
                .isEqualTo(3);
    }

    @Test
    void anExpiringCertificateNotifiesTheAgencysFocalPointsAndHeadsOnce() {
        long credential = 900_000 + System.nanoTime() % 100_000;
        var event = new vn.khien.registers.CredentialExpiring(
                credential, "H57.02", "Trần Văn Ký", java.time.LocalDate.of(2027, 1, 15));
        transactions.executeWithoutResult(tx -> events.publishEvent(event));
        transactions.executeWithoutResult(tx -> events.publishEvent(event));

        String key = "credential:" + credential + ":2027-01-15:";
        long focalPoints = jdbc.sql("""
                        SELECT count(DISTINCT lower(email)) FROM agencies.published_focal_point
                         WHERE agency_code = 'H57.02' AND email IS NOT NULL
                           AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)""")
                .params(vn.khien.support.Today.inVietnam(), vn.khien.support.Today.inVietnam())
                .query(Long.class)
                .single();
        assertThat(focalPoints).isPositive();
        assertThat(outboxCount("dedupe_key LIKE ? AND recipient_username IS NULL", key + "mail:%"))
                .isEqualTo(focalPoints);
        assertThat(outboxCount("dedupe_key = ?", key + "user:giamdoc.sonv")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT text FROM notifications.notification WHERE dedupe_key = ?")
                        .param(key + "user:giamdoc.sonv")
                        .query(String.class)
                        .single())
                .isEqualTo("Chứng thư số của Trần Văn Ký (H57.02) hết hạn ngày 15/01/2027");
    }

    @Test
    void aNoticeRolledBackWithItsChangeIsNeitherQueuedNorListed() {
        String holder = "Không gửi " + uniqueCode("R");
        try {
            transactions.executeWithoutResult(tx -> {
                events.publishEvent(new TestNotice(
                        List.of(Recipient.user("canbo.sonv")), holder, java.time.LocalDate.of(2027, 1, 1), "/"));
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // the notice must go with it
        }
        assertThat(outboxCount("subject LIKE ?", "%" + holder + "%")).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM notifications.notification WHERE text LIKE ?")
                        .param("%" + holder + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aMailRefusedWhileTheServerIsDownIsRetriedWithGrowingDelaysUntilItIsSent() throws Exception {
        String holder = notify(List.of(Recipient.address("retry@example.org", "vi")), "/registers/credentials");
        Instant now =
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plusSeconds(1);

        sendAll(now);
        var failed = state(holder);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));

        sendAll(now.plusSeconds(59));
        assertThat(state(holder).attempts()).isEqualTo(1);
        sendAll(now.plusSeconds(60));
        assertThat(state(holder).attempts()).isEqualTo(2);
        assertThat(state(holder).nextAttemptAt()).isEqualTo(now.plusSeconds(60).plus(Duration.ofMinutes(2)));

        smtp = smtpServer(port);
        smtp.start();
        sendAll(now.plusSeconds(180));
        assertThat(received("retry@example.org", holder).getSubject()).contains(holder);
        var sent = state(holder);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.sentAt()).isNotNull();
    }

    private void sendAll(Instant now) {
        while (sender.sendDue(now) > 0) {
            // a batch at a time, until nothing due is left
        }
    }

    private MimeMessage received(String to, String holder) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equalsIgnoreCase(to)
                                && m.getSubject().contains(holder);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + to));
    }

    /** The text/plain part, decoded. */
    private static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    record MailState(int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {}

    private MailState state(String holder) {
        return jdbc.sql("""
                        SELECT attempts, next_attempt_at, sent_at, last_error FROM notifications.outbox
                         WHERE subject LIKE ?""")
                .param("%" + holder + "%")
                .query((rs, n) -> new MailState(
                        rs.getInt("attempts"),
                        rs.getTimestamp("next_attempt_at").toInstant(),
                        rs.getTimestamp("sent_at") == null
                                ? null
                                : rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("last_error")))
                .single();
    }
}
