package vn.khien.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khien.shared.Recipient;
import vn.khien.systems.SystemsTestSupport;

/** Publishing test notices in a transaction, reading the outbox, and a GreenMail server on a free port. */
abstract class NotificationsTestSupport extends SystemsTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    /** Publishes a notice in its own transaction, as a module's change would; answers its holder text. */
    String notify(List<Recipient> recipients, String link) {
        String holder = "Người giữ " + uniqueCode("N");
        transactions.executeWithoutResult(
                tx -> events.publishEvent(new TestNotice(recipients, holder, LocalDate.of(2027, 1, 31), link)));
        return holder;
    }

    long outboxCount(String where, Object... params) {
        var sql = jdbc.sql("SELECT count(*) FROM notifications.outbox WHERE " + where);
        for (Object p : params) {
            sql = sql.param(p);
        }
        return sql.query(Long.class).single();
    }

    /** A user speaking English, created directly (account administration is identity's business). */
    String englishUser(String agency, String role) {
        String username = uniqueCode("en").toLowerCase().replace('.', '-');
        jdbc.sql("""
                        INSERT INTO identity.user_account (username, display_name, email, password_hash, agency_code,
                               language, created_at, password_changed_at)
                        VALUES (?, 'English Reader', ?, 'x', ?, 'en', now(), now())""").params(username, username + "@example.org", agency).update();
        jdbc.sql("""
                        INSERT INTO identity.user_role (user_id, role)
                        SELECT id, ? FROM identity.user_account WHERE username = ?""").params(role, username).update();
        return username;
    }

    /** A GreenMail SMTP server for the given port, not yet started. */
    static GreenMail smtpServer(int port) {
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** A port nobody listens on (just released), where an SMTP server can be started later. */
    static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
