package vn.khien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.Authenticators;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SessionCookie;
import vn.khien.support.SignedIn;
import vn.khien.support.TwoStepSignIn;

/** Issue 22 item 3: the second factor after the password, mandatory for the privileged roles. */
@KhienIntegrationTest
class SecondFactorIntegrationTests {

    static final String PASSWORD = "Dai-Noi-Hue-1805";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserProvisioning provisioning;

    @Test
    void aResponderWithThePasswordAloneReachesOnlyTheEnrolmentUntilACodeConfirmsIt() throws Exception {
        String username = newUser("RESPONDER", null);
        SessionCookie session = TwoStepSignIn.password(mvc, username, PASSWORD);

        mvc.perform(get("/incidents").with(session)).andExpect(redirectedUrl("/account/second-factor"));
        mvc.perform(get("/api/v1/me").with(session))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("xác thực hai lớp")));
        mvc.perform(get("/account/second-factor").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"enrolment-required\"")))
                .andExpect(content().string(Matchers.containsString("data:image/svg+xml;base64,")));
        mvc.perform(post("/account/second-factor/confirm")
                        .with(session)
                        .with(csrf())
                        .param("code", "000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"enrol-error\"")));
        mvc.perform(get("/incidents").with(session)).andExpect(redirectedUrl("/account/second-factor"));

        SessionCookie enrolled = TwoStepSignIn.signIn(mvc, username, PASSWORD);
        mvc.perform(get("/incidents").with(enrolled)).andExpect(status().isOk());
        assertThat(audited(username)).contains("identity.user.second-factor-enabled");
    }

    @Test
    void anOfficerWithoutAnAuthenticatorSignsInWithThePasswordAloneAndCannotBeForcedToEnrol() throws Exception {
        String username = newUser("AGENCY_OFFICER", "H57.03");
        SessionCookie session = TwoStepSignIn.password(mvc, username, PASSWORD);

        mvc.perform(get("/systems").with(session)).andExpect(status().isOk());
        mvc.perform(get("/account/second-factor").with(session))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"enrolment-required\""))));
    }

    @Test
    void anOfficerWhoTurnedItOnIsAskedForTheCodeAndACodeIsNeverAcceptedTwice() throws Exception {
        String username = newUser("AGENCY_OFFICER", "H57.03");
        String secret = enrolOptional(username).secret();

        SessionCookie first = TwoStepSignIn.password(mvc, username, PASSWORD);
        mvc.perform(get("/systems").with(first)).andExpect(redirectedUrl("/login/code"));
        String code = vn.khien.identity.application.Totp.code(
                secret, vn.khien.identity.application.Totp.stepAt(java.time.Instant.now()) + 1);
        first.remember(mvc.perform(post("/login/code").with(first).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/systems"))
                .andReturn());
        mvc.perform(get("/systems").with(first)).andExpect(status().isOk());

        SessionCookie replay = TwoStepSignIn.password(mvc, username, PASSWORD);
        mvc.perform(post("/login/code").with(replay).with(csrf()).param("code", code))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"code-error\"")));
        mvc.perform(get("/systems").with(replay)).andExpect(redirectedUrl("/login/code"));
    }

    @Test
    void fiveWrongCodesAbandonTheSignInAndLockThePasswordToo() throws Exception {
        String username = newUser("AGENCY_OFFICER", "H57.03");
        enrolOptional(username);
        SessionCookie session = TwoStepSignIn.password(mvc, username, PASSWORD);
        for (int attempt = 0; attempt < 4; attempt++) {
            mvc.perform(post("/login/code").with(session).with(csrf()).param("code", "00000" + attempt))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/login/code").with(session).with(csrf()).param("code", "000009"))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/systems").with(session)).andExpect(redirectedUrl("/login"));

        SessionCookie again = TwoStepSignIn.password(mvc, username, PASSWORD);
        mvc.perform(get("/systems").with(again)).andExpect(redirectedUrl("/login"));
        assertThat(audited(username)).contains("security.login.failed");
    }

    @Test
    void aRecoveryCodeCompletesOneSignInOnly() throws Exception {
        String username = newUser("AGENCY_OFFICER", "H57.03");
        String recoveryCode = enrolOptional(username).recoveryCodes().get(3);

        SessionCookie first = TwoStepSignIn.password(mvc, username, PASSWORD);
        first.remember(mvc.perform(post("/login/code").with(first).with(csrf()).param("code", recoveryCode))
                .andExpect(status().is3xxRedirection())
                .andReturn());
        mvc.perform(get("/systems").with(first)).andExpect(status().isOk());

        SessionCookie second = TwoStepSignIn.password(mvc, username, PASSWORD);
        mvc.perform(post("/login/code").with(second).with(csrf()).param("code", recoveryCode))
                .andExpect(content().string(Matchers.containsString("id=\"code-error\"")));
        assertThat(audited(username)).contains("identity.user.recovery-code-used");
    }

    @Test
    void aPersonalTokenLongAfterTheSignInAsksForTheCodeAgainAndIssuesNothing() throws Exception {
        String count = "SELECT count(*) FROM identity.personal_token WHERE username = 'canbo.sonv'";
        long before = jdbc.sql(count).query(Long.class).single();
        mvc.perform(post("/account/tokens")
                        .with(SignedIn.signedInAt(
                                accounts,
                                "canbo.sonv",
                                java.time.Instant.now().minus(java.time.Duration.ofMinutes(11))))
                        .with(csrf())
                        .param("name", "qua-han")
                        .param("scope", "READ")
                        .param("days", "30"))
                .andExpect(redirectedUrl("/login/confirm"));
        assertThat(jdbc.sql(count).query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aSensitiveActionLongAfterTheSignInAsksForTheCodeAgainAndChangesNothing() throws Exception {
        long tokens = jdbc.sql("SELECT count(*) FROM identity.api_token")
                .query(Long.class)
                .single();
        var longAgo = java.time.Instant.now().minus(java.time.Duration.ofMinutes(11));

        mvc.perform(post("/admin/api-tokens")
                        .with(SignedIn.signedInAt(accounts, "dieuphoi", longAgo))
                        .with(csrf())
                        .header("Referer", "http://localhost/admin/api-tokens")
                        .param("name", "qua-han")
                        .param("organisationCode", "H57.03"))
                .andExpect(redirectedUrl("/login/confirm"));
        mvc.perform(post("/api/v1/api-tokens")
                        .with(SignedIn.signedInAt(accounts, "dieuphoi", longAgo))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"name\":\"qua-han\",\"organisationCode\":\"H57.03\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("/login/confirm")));
        assertThat(jdbc.sql("SELECT count(*) FROM identity.api_token")
                        .query(Long.class)
                        .single())
                .isEqualTo(tokens);

        mvc.perform(get("/admin/api-tokens").with(SignedIn.signedInAt(accounts, "dieuphoi", longAgo)))
                .andExpect(status().isOk());
    }

    @Test
    void theConfirmationAcceptsTheNextCodeAndReturnsToThePageOfTheAction() throws Exception {
        String username = newUser("AGENCY_OFFICER", "H57.03");
        enrolOptional(username);
        SessionCookie session = TwoStepSignIn.signIn(mvc, username, PASSWORD);

        mvc.perform(get("/login/confirm").with(session))
                .andExpect(content().string(Matchers.containsString("name=\"code\"")));
        mvc.perform(post("/login/confirm").with(session).with(csrf()).param("code", "123456"))
                .andExpect(content().string(Matchers.containsString("id=\"code-error\"")));
        mvc.perform(post("/login/confirm").with(session).with(csrf()).param("code", Authenticators.nextCode(username)))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aRequiredSecondFactorCannotBeTurnedOffButAnOptionalOneCan() throws Exception {
        String responder = newUser("RESPONDER", null);
        SessionCookie privileged = TwoStepSignIn.signIn(mvc, responder, PASSWORD);
        mvc.perform(get("/account/second-factor").with(privileged))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"disable-second-factor\""))));
        mvc.perform(post("/account/second-factor/disable").with(privileged).with(csrf()))
                .andExpect(status().isConflict());

        String officer = newUser("AGENCY_OFFICER", "H57.03");
        enrolOptional(officer);
        SessionCookie optional = TwoStepSignIn.signIn(mvc, officer, PASSWORD);
        mvc.perform(post("/account/second-factor/disable").with(optional).with(csrf()))
                .andExpect(redirectedUrl("/account/second-factor"));
        mvc.perform(get("/systems").with(TwoStepSignIn.password(mvc, officer, PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void aCoordinatorResetsALostAuthenticatorAndTheResponderEnrolsAgain() throws Exception {
        String responder = newUser("RESPONDER", null);
        TwoStepSignIn.signIn(mvc, responder, PASSWORD);

        mvc.perform(post("/admin/users/" + responder + "/second-factor/reset")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + responder));

        SessionCookie session = TwoStepSignIn.password(mvc, responder, PASSWORD);
        mvc.perform(get("/incidents").with(session)).andExpect(redirectedUrl("/account/second-factor"));
        assertThat(audited(responder)).contains("identity.user.second-factor-reset");
    }

    /** An officer turns the second factor on from the account page, as the optional path goes. */
    private TwoStepSignIn.Enrolled enrolOptional(String username) throws Exception {
        TwoStepSignIn.Enrolled enrolled = TwoStepSignIn.enrol(mvc, username, PASSWORD);
        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        return enrolled;
    }

    private List<String> audited(String username) {
        return jdbc.sql("SELECT action FROM audit.audit_record WHERE object_id = ?")
                .param(username)
                .query(String.class)
                .list();
    }

    /** Made through the user administration's service, as the coordinator (the pages are tested elsewhere). */
    private String newUser(String role, String agency) {
        String username = "hai.lop." + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.inSecurityContext(accounts, "dieuphoi");
        try {
            provisioning.create(
                    new NewUser(username, "Người Hai Lớp", null, Set.of(Role.valueOf(role)), agency, false, PASSWORD));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return username;
    }
}
