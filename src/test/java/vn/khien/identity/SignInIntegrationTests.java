package vn.khien.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SessionCookie;

@KhienIntegrationTest
class SignInIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void loginPageIsVietnameseByDefault() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đăng nhập")))
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void loginPageSwitchesToEnglish() throws Exception {
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(Matchers.containsString("Sign in")));
    }

    @Test
    void aDemoUserSignsInWithTheRightPassword() throws Exception {
        mvc.perform(formLogin().user("canbo.sonv").password(KhienIntegrationTest.DEMO_PASSWORD))
                .andExpect(authenticated().withUsername("canbo.sonv").withRoles("AGENCY_OFFICER"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        mvc.perform(formLogin().user("canbo.sonv").password("wrong-password-1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("nobody-here").password("wrong-password-1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login")
                        .param("username", "canbo.sonv")
                        .param("password", KhienIntegrationTest.DEMO_PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void signingInChangesTheSessionId() throws Exception {
        SessionCookie session = new SessionCookie();
        session.remember(mvc.perform(get("/login").with(session)).andReturn());
        String before = session.value();
        session.remember(mvc.perform(post("/login")
                        .with(session)
                        .with(csrf())
                        .param("username", "canbo.sonv")
                        .param("password", KhienIntegrationTest.DEMO_PASSWORD))
                .andExpect(authenticated())
                .andReturn());
        org.assertj.core.api.Assertions.assertThat(before).isNotNull();
        org.assertj.core.api.Assertions.assertThat(session.value()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(user("canbo.sonv")).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"))
                .andExpect(unauthenticated());
    }

    @Test
    void pagesSendVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anAgencyOfficerMayNotOpenAdminPages() throws Exception {
        mvc.perform(get("/admin/users").with(user("canbo.sonv").roles("AGENCY_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user("canbo.sonv").roles("AGENCY_OFFICER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiAnswersProblemDetailsWhenNotSignedIn() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void theApiAcceptsHttpBasic() throws Exception {
        mvc.perform(get("/api/v1/me")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("canbo.sonv", KhienIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("canbo.sonv"))
                .andExpect(jsonPath("$.agencyCode").value("H57.02"));
    }

    @Test
    void theApiForbidsAdminListsToAgencyOfficers() throws Exception {
        mvc.perform(get("/api/v1/users").with(user("canbo.sonv").roles("AGENCY_OFFICER")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/api/v1/audit/verify")
                        .with(user("canbo.sonv").roles("AGENCY_OFFICER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthIsPublicAndSaysNoMore() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void metricsAreForAdminsWhenAskedFromElsewhere() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(request -> {
                    request.setRemoteAddr("203.0.113.7");
                    return request;
                }))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator/prometheus")
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.7");
                            return request;
                        })
                        .with(user("dieuphoi").roles("COORDINATOR_ADMIN")))
                .andExpect(status().isOk());
    }

    @Test
    void unknownPagesAnswerTheFriendly404() throws Exception {
        mvc.perform(get("/no-such-page").with(user("canbo.sonv").roles("AGENCY_OFFICER")))
                .andExpect(status().isNotFound());
    }
}
