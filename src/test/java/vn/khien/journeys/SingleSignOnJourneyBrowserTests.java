package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.khien.support.LoopbackOidcProvider;
import vn.khien.support.SingleSignOnTest;

/**
 * A province's officer signs in through the province's identity provider (here NAV's mock OpenID
 * Connect server on loopback, whose login form takes a user name and the claims): the login page's
 * button, the provider's form, and back in Khiên with the role and agency the provider's groups and
 * agency claim give. Someone in no Khiên group is turned away with the reason.
 */
@SingleSignOnTest
class SingleSignOnJourneyBrowserTests extends BrowserJourney {

    @Test
    void anOfficerSignsInThroughTheProviderAndActsForTheirAgency() throws Exception {
        String username = "sso.journey." + (System.nanoTime() % 100000);
        browser.go("/login");
        assertThat(browser.text(By.id("sso-" + LoopbackOidcProvider.REGISTRATION)))
                .isEqualTo("Đăng nhập bằng " + LoopbackOidcProvider.BUTTON_NAME);
        browser.screenshot("sso-01-login-vi");

        browser.click(By.id("sso-" + LoopbackOidcProvider.REGISTRATION));
        assertThat(browser.text()).contains("Mock OAuth2 Server Sign-in");
        browser.type(By.name("username"), username);
        browser.type(By.name("claims"), """
                {"preferred_username": "%s", "name": "Lê Thị Một Lần",
                 "groups": ["/khien/agency-officer"], "khien_agency": "H57.02"}""".formatted(username));
        browser.screenshot("sso-02-provider-form");
        browser.click(By.cssSelector("input[type=submit]"));

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Việc cần làm");
        assertThat(browser.text()).contains("Lê Thị Một Lần");
        browser.screenshot("sso-03-home-vi");

        browser.go("/api/v1/me");
        assertThat(browser.text()).contains("\"roles\":[\"AGENCY_OFFICER\"]", "\"agencyCode\":\"H57.02\"");
        browser.go("/admin/users");
        assertThat(browser.text()).doesNotContain("Quản lý người dùng");

        browser.go("/");
        browser.signOut();
        browser.click(By.id("sso-" + LoopbackOidcProvider.REGISTRATION));
        browser.type(By.name("username"), username + ".khach");
        browser.type(By.name("claims"), """
                {"preferred_username": "%s.khach", "groups": ["/ubnd/van-thu"], "khien_agency": "H57.02"}""".formatted(username));
        browser.click(By.cssSelector("input[type=submit]"));

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.text(By.id("sso-refused"))).contains("chưa được cấp vai trò nào");
        browser.screenshot("sso-04-refused-vi");
    }
}
