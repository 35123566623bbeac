package vn.khien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SessionCookie;
import vn.khien.support.SignedIn;
import vn.khien.support.TwoStepSignIn;

/**
 * Issue 22, item 10: after flows that carry passwords and tokens (sign-in right and wrong, a new user
 * with a password, a password change, an API token issued, used and refused, KHIEN_ADMIN_TOKEN and a
 * personal token used and refused, a second factor enrolled and a recovery code used), none of those
 * secrets (the TOTP secret and the recovery codes included)
 * appears in the log output or in any audit record.
 */
@KhienIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsIntegrationTests {

    private static final String NEW_PASSWORD = "Rivers-Of-Perfume-7391";
    private static final String CHANGED_PASSWORD = "Citadel-Lanterns-5824";
    private static final String WRONG_PASSWORD = "Not-The-Right-One-4417";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void noPasswordNorTokenOfSeveralFlowsAppearsInTheLogOrTheAuditTrail(CapturedOutput output) throws Exception {
        long auditHead = jdbc.sql("SELECT max(seq) FROM audit.audit_record")
                .query(Long.class)
                .single();
        List<String> secrets = new ArrayList<>(List.of(NEW_PASSWORD, CHANGED_PASSWORD, WRONG_PASSWORD));

        mvc.perform(formLogin().user("canbo.sonv").password(WRONG_PASSWORD));
        mvc.perform(post("/api/v1/users")
                        .with(ApiTokens.bearer("dieuphoi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"bimat.kiemtra","displayName":"Kiểm tra bí mật","email":"bimat@demo.khien.vn",
                                 "roles":["AGENCY_OFFICER"],"agencyCode":"H57.02","password":"%s"}""".formatted(NEW_PASSWORD)))
                .andExpect(status().isCreated());
        mvc.perform(formLogin().user("bimat.kiemtra").password(NEW_PASSWORD));
        mvc.perform(post("/account/password")
                        .with(SignedIn.as(accounts, "bimat.kiemtra"))
                        .with(csrf())
                        .param("currentPassword", NEW_PASSWORD)
                        .param("newPassword", CHANGED_PASSWORD)
                        .param("confirmPassword", CHANGED_PASSWORD))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").with(httpBasic("bimat.kiemtra", NEW_PASSWORD)))
                .andExpect(status().isUnauthorized());

        String issued = mvc.perform(post("/api/v1/api-tokens")
                        .with(ApiTokens.bearer("dieuphoi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationCode\":\"DV.GIAMSAT-DEMO\",\"name\":\"secrets test\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var match = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(issued);
        assertThat(match.find()).as("the issued token in " + issued).isTrue();
        String token = match.group(1);
        secrets.add(token);
        mvc.perform(get("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
        mvc.perform(get("/api/v1/agencies").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, "Bearer " + token + "x"))
                .andExpect(status().isUnauthorized());

        String adminToken = System.getProperty("khien.admin.token");
        secrets.add(adminToken);
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken))
                .andExpect(status().isOk());
        String personal = mvc.perform(post("/account/tokens")
                        .with(SignedIn.as(accounts, "canbo.sonv"))
                        .with(csrf())
                        .param("name", "secrets test")
                        .param("scope", "READ")
                        .param("days", "30"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var personalMatch =
                java.util.regex.Pattern.compile("(khienu_[A-Za-z0-9_-]+)").matcher(personal);
        assertThat(personalMatch.find())
                .as("the personal token on its answer page")
                .isTrue();
        secrets.add(personalMatch.group(1));
        mvc.perform(post("/api/v1/users")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + personalMatch.group(1))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());

        // the second factor: its secret and recovery codes, used right and wrong
        TwoStepSignIn.Enrolled enrolled = TwoStepSignIn.enrol(mvc, "bimat.kiemtra", CHANGED_PASSWORD);
        secrets.add(enrolled.secret());
        secrets.addAll(enrolled.recoveryCodes());
        SessionCookie withCode = TwoStepSignIn.password(mvc, "bimat.kiemtra", CHANGED_PASSWORD);
        mvc.perform(post("/login/code").with(withCode).with(csrf()).param("code", "zzzzz-zzzzz"));
        mvc.perform(post("/login/code")
                        .with(withCode)
                        .with(csrf())
                        .param("code", enrolled.recoveryCodes().get(0)))
                .andExpect(status().is3xxRedirection());

        String audit = String.join(
                "\n", jdbc.sql("""
                        SELECT concat_ws('|', actor, action, object_type, object_id, before_state, after_state)
                        FROM audit.audit_record WHERE seq > ?""").param(auditHead).query(String.class).list());
        assertThat(audit).as("audit records of the flows").contains("security.login.failed");
        for (String secret : secrets) {
            assertThat(output.getAll()).as("log output").doesNotContain(secret);
            assertThat(audit).as("audit records").doesNotContain(secret);
        }
    }
}
