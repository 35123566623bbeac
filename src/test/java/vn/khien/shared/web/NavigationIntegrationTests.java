package vn.khien.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

@KhienIntegrationTest
class NavigationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theCoordinatorSeesTheModulesGroupedInMenusWithAdministrationLast() throws Exception {
        mvc.perform(get("/").with(SignedIn.as(accounts, "dieuphoi")))
                .andExpect(content()
                        .string(Matchers.stringContainsInOrder(
                                "Danh mục",
                                "href=\"/agencies\"",
                                "href=\"/systems\"",
                                "href=\"/registers\"",
                                "Tuân thủ, đánh giá",
                                "href=\"/compliance\"",
                                "href=\"/assessments\"",
                                "Giám sát, ứng cứu",
                                "href=\"/monitoring/alerts\"",
                                "Quản trị",
                                "href=\"/admin/users\"",
                                "href=\"/admin/audit\"")));
    }

    @Test
    void anAgencyOfficerHasNoAdministrationMenu() throws Exception {
        mvc.perform(get("/").with(SignedIn.as(accounts, "canbo.sonv")))
                .andExpect(content().string(Matchers.containsString("href=\"/systems\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("nav.menu.administration"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">Quản trị<"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/admin/users\""))));
    }

    @Test
    void theMenuOfThePageShownIsMarkedActive() throws Exception {
        mvc.perform(get("/systems").with(SignedIn.as(accounts, "canbo.sonv")))
                .andExpect(content()
                        .string(Matchers.matchesPattern(
                                "(?s).*class=\"nav-link dropdown-toggle active\"[^>]*>Danh mục<.*")));
    }

    @Test
    void onANarrowScreenTheMenuFoldsBehindAButtonNamedInVietnamese() throws Exception {
        mvc.perform(get("/").with(SignedIn.as(accounts, "canbo.sonv")))
                .andExpect(content()
                        .string(Matchers.stringContainsInOrder(
                                "id=\"nav-toggle\"",
                                "aria-label=\"Mở hoặc đóng trình đơn\"",
                                "class=\"collapse navbar-collapse\" id=\"main-nav\"",
                                "href=\"/systems\"",
                                "id=\"logout\"")));
    }
}
