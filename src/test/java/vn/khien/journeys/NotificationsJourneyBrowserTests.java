package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khien.notifications.application.DailyDigest;
import vn.khien.registers.CredentialExpiring;
import vn.khien.support.Today;

/**
 * Notifications in Debian's chromium: after a morning digest and a certificate expiry notice, the head
 * of Sở Nội vụ sees the unread count in the top bar, opens the list and follows the notice to the
 * agency's certificates; the coordinator sees the waiting mails in the outbox. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationsJourneyBrowserTests extends BrowserJourney {

    @Autowired
    DailyDigest digest;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theHeadFollowsANoticeToTheCertificatesAndTheCoordinatorSeesTheOutbox() throws Exception {
        digest.send(Today.inVietnam().plusDays(60));
        String holder = "Lê Thị Hạnh " + System.nanoTime() % 10_000;
        transactions.executeWithoutResult(tx -> events.publishEvent(new CredentialExpiring(
                System.nanoTime() % 1_000_000,
                "H57.02",
                holder,
                Today.inVietnam().plusDays(30))));

        browser.signIn("giamdoc.sonv", "Khien-Demo-2026");
        browser.click(By.id("notifications-link"));
        assertThat(browser.text(By.id("notifications-list"))).contains("Chứng thư số của " + holder);
        assertThat(browser.text(By.id("unread-count"))).matches("\\d+");
        browser.screenshot("notifications-01-list");
        browser.click(By.cssSelector("#notifications-list form button:not(.date-button)"));
        assertThat(browser.text()).contains("Chữ ký số, USB token");
        browser.screenshot("notifications-02-credentials");

        browser.click(By.id("logout"));
        browser.signIn("dieuphoi", "Khien-Demo-2026");
        browser.go("/notifications/outbox?state=PENDING");
        assertThat(browser.text(By.id("outbox-table"))).contains("giamdoc.sonv@demo.khien.vn");
        browser.screenshot("notifications-03-outbox");
    }
}
