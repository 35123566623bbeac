package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The first journey of every user, in Debian's chromium: sign in in Vietnamese, switch to English,
 * meet a friendly error page, sign out, and find the chosen language again at the next sign-in.
 * Screenshots are kept in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInJourneyBrowserTests extends BrowserJourney {

    @Test
    void signInSwitchLanguageAndSignOut() throws Exception {
        browser.go("/login");
        assertThat(browser.driver.getTitle()).isEqualTo("Đăng nhập — Khiên");
        assertThat(browser.text()).contains("Tên đăng nhập", "Mật khẩu");
        browser.screenshot("01-login-vi");

        browser.signIn("dieuphoi", "not-the-password-1");
        assertThat(browser.driver.findElement(By.id("login-error")).getText())
                .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        browser.screenshot("02-login-failed-vi");

        browser.signIn("dieuphoi", "Khien-Demo-2026");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Việc cần làm");
        assertThat(browser.text()).contains("Quản lý người dùng", "Trần Thị Điều Phối");
        browser.screenshot("03-home-vi");

        browser.click(By.linkText("Người dùng"));
        assertThat(browser.text()).contains("Sở Nội vụ", "Cán bộ cơ quan");
        browser.screenshot("04-users-vi");

        browser.click(By.id("lang-en"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Users");
        assertThat(browser.text()).contains("Agency officer");
        browser.screenshot("05-users-en");

        browser.go("/no-such-page");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(browser.text()).doesNotContain("Exception", "at org.", "Whitelabel");
        browser.screenshot("06-not-found-en");

        browser.click(By.id("logout"));
        assertThat(browser.driver.findElement(By.id("logout-notice")).isDisplayed())
                .isTrue();
        browser.screenshot("07-signed-out");

        browser.signIn("dieuphoi", "Khien-Demo-2026");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("To do");
        browser.screenshot("08-home-en-remembered");

        browser.click(By.id("lang-vi"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Việc cần làm");
    }
}
