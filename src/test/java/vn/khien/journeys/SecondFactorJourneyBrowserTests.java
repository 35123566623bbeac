package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.khien.identity.NewUser;
import vn.khien.identity.Role;
import vn.khien.identity.UserProvisioning;
import vn.khien.identity.application.Totp;
import vn.khien.support.SignedIn;

/**
 * Issue 22 item 3, in Debian's chromium: a new coordinator admin cannot use Khiên with the password
 * alone; they enrol an authenticator by reading the secret from the page (the test computes the codes as
 * the app would), put the recovery codes aside, sign out, sign in with a code, and once with a recovery
 * code. Screenshots in {@code target/screenshots/} at desktop and phone width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorJourneyBrowserTests extends BrowserJourney {

    private static final String PASSWORD = "Ngo-Mon-Hue-1833";

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aNewCoordinatorEnrolsSignsInWithACodeAndOnceWithARecoveryCode() throws Exception {
        String admin = newCoordinator();

        password(admin);
        assertThat(browser.path()).isEqualTo("/account/second-factor");
        assertThat(browser.text()).contains("bắt buộc xác thực hai lớp");
        assertThat(browser.driver.findElement(By.id("enrol-qr")).getAttribute("src"))
                .startsWith("data:image/svg+xml;base64,");
        assertThat(browser.screenshotsAtBothWidths("second-factor-01-enrol")).isEmpty();
        browser.go("/systems");
        assertThat(browser.path()).as("nothing else before the enrolment").isEqualTo("/account/second-factor");

        String secret =
                browser.driver.findElement(By.id("enrol-secret")).getText().replace(" ", "");
        long step = Totp.stepAt(Instant.now());
        browser.type(By.id("code"), Totp.code(secret, step));
        browser.click(By.id("enrol-submit"));
        List<String> recoveryCodes = browser.driver.findElements(By.cssSelector("#recovery-codes li")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(recoveryCodes).hasSize(10);
        assertThat(browser.screenshotsAtBothWidths("second-factor-02-recovery-codes"))
                .isEmpty();
        browser.click(By.id("recovery-codes-done"));
        assertThat(browser.path()).as("the page asked for before the enrolment").isEqualTo("/systems");
        browser.signOut();

        password(admin);
        assertThat(browser.path()).isEqualTo("/login/code");
        assertThat(browser.screenshotsAtBothWidths("second-factor-03-code")).isEmpty();
        browser.type(By.id("code"), Totp.code(secret, step));
        browser.click(By.id("code-submit"));
        assertThat(browser.driver.findElement(By.id("code-error")).getText())
                .as("the enrolment's code, once more")
                .contains("đã được dùng");
        browser.type(By.id("code"), Totp.code(secret, step + 1));
        browser.click(By.id("code-submit"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Việc cần làm");
        browser.signOut();

        password(admin);
        browser.type(By.id("code"), recoveryCodes.get(0));
        browser.click(By.id("code-submit"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Việc cần làm");
        browser.go("/account/second-factor");
        assertThat(browser.text()).contains("Còn 9 mã khôi phục");
        browser.screenshot("second-factor-04-account");
    }

    private void password(String username) {
        browser.go("/login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), PASSWORD);
        browser.click(By.id("login-submit"));
    }

    private String newCoordinator() {
        String username = "dieuphoi." + UUID.randomUUID().toString().substring(0, 6);
        SignedIn.inSecurityContext(accounts, "dieuphoi");
        try {
            provisioning.create(
                    new NewUser(username, "Quản Trị Mới", null, Set.of(Role.COORDINATOR_ADMIN), null, false, PASSWORD));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return username;
    }
}
