package vn.khien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

@KhienIntegrationTest
class LoginThrottleIntegrationTests {

    static final String PASSWORD = "Song-Huong-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneAndTheLoginPageSaysToWait() throws Exception {
        String username = newOfficer();
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong-password-" + attempt))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/agencies").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(Matchers.containsString("tạm thời bị khóa")));
    }

    @Test
    void theLockEndsByItselfAfterItsTime() throws Exception {
        String username = newOfficer();
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong-password-" + attempt));
        }
        jdbc.sql("UPDATE identity.login_failure SET locked_until = now() - interval '1 second' WHERE username = ?")
                .param(username)
                .update();
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() throws Exception {
        String username = newOfficer();
        for (int attempt = 0; attempt < 4; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong-password-" + attempt));
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
        for (int attempt = 0; attempt < 4; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong-password-" + attempt));
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotLockTheAccountForOtherAddresses() throws Exception {
        String username = newOfficer();
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(signIn(username, "wrong-password-" + attempt, "203.0.113.66"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn(username, PASSWORD, "203.0.113.66")).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(from("203.0.113.66")))
                .andExpect(status().isUnauthorized());

        mvc.perform(signIn(username, PASSWORD, "198.51.100.20")).andExpect(authenticated());
        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(from("198.51.100.20")))
                .andExpect(status().isOk());
    }

    @Test
    void anAddressThatSpraysInventedNamesIsRefusedForEveryNameButOtherAddressesAreNot() throws Exception {
        String username = newOfficer();
        String sprayer = "198.51.100.77";
        for (int name = 0; name < 25; name++) {
            String invented =
                    "phun." + name + "." + UUID.randomUUID().toString().substring(0, 6);
            for (int attempt = 0; attempt < 4; attempt++) { // below the per-name lock of 5
                mvc.perform(signIn(invented, "wrong-password-" + attempt, sprayer))
                        .andExpect(redirectedUrl("/login?error"));
            }
        }
        mvc.perform(signIn(username, PASSWORD, sprayer)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(signIn(username, PASSWORD, "198.51.100.78")).andExpect(authenticated());
    }

    @Test
    void anUnknownAccountGetsExactlyTheAnswersAnExistingOneGets() throws Exception {
        String existing = newOfficer();
        String unknown = "khoa." + UUID.randomUUID().toString().substring(0, 8);
        List<String> existingAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            existingAnswers.add(answer(existing, "wrong-password-" + attempt, "192.0.2.41"));
            unknownAnswers.add(answer(unknown, "wrong-password-" + attempt, "192.0.2.41"));
        }
        assertThat(unknownAnswers).isEqualTo(existingAnswers);
        assertThat(existingAnswers).endsWith("/login?locked", "/login?locked");
        assertThat(jdbc.sql("SELECT after_state FROM audit.audit_record WHERE object_id = ? ORDER BY seq")
                        .param(unknown)
                        .query(String.class)
                        .list())
                .contains("BadCredentialsException", "LockedException");
    }

    private String answer(String username, String password, String address) throws Exception {
        return mvc.perform(signIn(username, password, address))
                .andExpect(unauthenticated())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login")
                .with(csrf())
                .with(from(address))
                .param("username", username)
                .param("password", password);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String newOfficer() throws Exception {
        String username = "khoa." + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users/new")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "Lê Văn Khóa")
                        .param("email", username + "@hue.gov.vn")
                        .param("roles", "AGENCY_OFFICER")
                        .param("agencyCode", "H57.03")
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("/admin/users/" + username));
        return username;
    }
}
