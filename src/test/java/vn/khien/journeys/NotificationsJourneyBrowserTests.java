package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.khien.notifications.application.DailyDigest;
import vn.khien.support.Today;

/**
 * Notifications in Debian's chromium: after a morning digest that escalates overdue obligations, the
 * head of Sở Nội vụ sees the unread count in the top bar, opens the list and follows an item to the
 * agency's obligations; the coordinator sees the waiting mails in the outbox. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationsJourneyBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    DailyDigest digest;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theHeadFollowsAnEscalatedDigestToTheObligationsAndTheCoordinatorSeesTheOutbox() throws Exception {
        digest.send(Today.inVietnam().plusDays(60));

        browser.signIn("giamdoc.sonv", "Khien-Demo-2026");
        assertThat(browser.text(By.id("unread-count"))).matches("\\d+");
        browser.click(By.id("notifications-link"));
        assertThat(browser.text(By.id("notifications-list"))).contains("nghĩa vụ cần xử lý");
        browser.screenshot("notifications-01-list");
        browser.click(By.cssSelector("#notifications-list form button"));
        assertThat(browser.text()).contains("H57.02");
        browser.screenshot("notifications-02-obligations");

        browser.click(By.id("logout"));
        browser.signIn("dieuphoi", "Khien-Demo-2026");
        browser.go("/notifications/outbox?state=PENDING");
        assertThat(browser.text(By.id("outbox-table"))).contains("giamdoc.sonv@demo.khien.vn");
        browser.screenshot("notifications-03-outbox");
    }
}
