package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An agency officer, on a phone, makes a read-only API token for a script from the account page: it is
 * shown once, listed afterwards by its first characters only, and revoked there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonalTokenJourneyBrowserTests extends BrowserJourney {

    @Test
    void anOfficerIssuesAReadOnlyTokenOnAPhoneSeesItOnceAndRevokesIt() throws Exception {
        browser.signIn("canbo.syt", "Khien-Demo-2026");
        browser.click(By.id("account-link"));
        browser.click(By.id("personal-tokens-link"));
        browser.phone();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Khóa API của tôi");

        browser.type(By.id("name"), "báo cáo tuần trên điện thoại");
        browser.choose(By.id("scope"), "READ");
        browser.click(By.id("token-issue"));
        String token = browser.text(By.cssSelector("#issued-token code"));
        assertThat(token).startsWith("khienu_");
        assertThat((Long) ((JavascriptExecutor) browser.driver)
                        .executeScript("return document.documentElement.scrollWidth"
                                + " - document.documentElement.clientWidth;"))
                .as("the token page on a 390 px phone")
                .isLessThanOrEqualTo(0L);
        browser.screenshot("token-01-issued-390");

        browser.go("/account/tokens");
        assertThat(browser.text()).contains("báo cáo tuần trên điện thoại", "Chỉ đọc", "Đang hiệu lực");
        assertThat(browser.text()).doesNotContain(token);
        browser.desktop();
        assertThat(browser.seriousViolations("account-tokens")).isEmpty();

        browser.click(By.cssSelector("#tokens-table button"));
        assertThat(browser.text()).contains("Đã thu hồi khóa API.", "Đã thu hồi");
        browser.screenshot("token-02-revoked");
    }
}
