package vn.khien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/**
 * Issue 22 item 2: personal API tokens act as their owner within their scope and lifetime, are shown
 * once and stored hashed, and stop at revocation; {@code KHIEN_ADMIN_TOKEN} is the first administrator's.
 */
@KhienIntegrationTest
class PersonalTokensIntegrationTests {

    private static final Pattern ISSUED = Pattern.compile("<code[^>]*>(khienu_[A-Za-z0-9_-]+)</code>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aTokenIsShownOnceAndOnlyItsHashIsKept() throws Exception {
        String token = issue("canbo.sonv", "báo cáo hằng tuần", "READ", "30");

        mvc.perform(get("/account/tokens").with(SignedIn.as(accounts, "canbo.sonv")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("báo cáo hằng tuần")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(token))));
        assertThat(rowsWithHashOf(token)).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM identity.personal_token t WHERE strpos(t::text, :token) > 0")
                        .param("token", token)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aReadOnlyTokenReadsAsItsOwnerAndEveryWriteIsRefusedWithProblemDetails() throws Exception {
        String token = issue("canbo.sonv", "chỉ đọc", "READ", "30");
        mvc.perform(bearer(get("/api/v1/me"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("canbo.sonv"));
        long users = count("identity.user_account");

        mvc.perform(bearer(post("/api/v1/users"), token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newUser("chidoc.thu")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        assertThat(count("identity.user_account")).isEqualTo(users);
    }

    @Test
    void aReadWriteTokenWritesWithItsOwnersRightsAndNoMore() throws Exception {
        String coordinator = issue("dieuphoi", "tạo tài khoản", "WRITE", "30");
        String officer = issue("canbo.sonv", "ghi", "WRITE", "30");

        mvc.perform(bearer(post("/api/v1/users"), coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newUser("khoa.ghi.tao")))
                .andExpect(status().isCreated());
        mvc.perform(bearer(post("/api/v1/users"), officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newUser("khoa.ghi.cam")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT actor FROM audit.audit_record WHERE action = 'identity.user.created'"
                                + " AND object_id = 'khoa.ghi.tao'")
                        .query(String.class)
                        .single())
                .isEqualTo("dieuphoi");
    }

    @Test
    void anExpiredTokenIsRefusedAndListedAsExpired() throws Exception {
        String token = issue("giamdoc.sonv", "hết hạn", "READ", "1");
        jdbc.sql("UPDATE identity.personal_token SET expires_at = now() - interval '1 minute'"
                        + " WHERE token_hash = encode(sha256(convert_to(:token, 'UTF8')), 'hex')")
                .param("token", token)
                .update();

        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/account/tokens").with(SignedIn.as(accounts, "giamdoc.sonv")))
                .andExpect(content().string(Matchers.containsString("Đã hết hạn")));
    }

    @Test
    void onlyItsOwnerRevokesAToken_thenItIsRefused() throws Exception {
        String token = issue("canbo.thuanhoa", "thu hồi", "READ", "30");
        long id = jdbc.sql("SELECT id FROM identity.personal_token WHERE token_hash = encode(sha256(convert_to(:t,"
                        + " 'UTF8')), 'hex')")
                .param("t", token)
                .query(Long.class)
                .single();

        mvc.perform(post("/account/tokens/{id}/revoke", id)
                        .with(SignedIn.as(accounts, "canbo.syt"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isOk());

        mvc.perform(post("/account/tokens/{id}/revoke", id)
                        .with(SignedIn.as(accounts, "canbo.thuanhoa"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_record WHERE action = 'identity.personal-token.revoked'"
                                + " AND object_id = :id AND actor = 'canbo.thuanhoa'")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void theTokensOfADisabledAccountStopWorking() throws Exception {
        mvc.perform(post("/api/v1/users")
                        .with(ApiTokens.bearer("dieuphoi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newUser("khoa.vohieu")))
                .andExpect(status().isCreated());
        String token = issue("khoa.vohieu", "trước khi nghỉ", "WRITE", "30");
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isOk());

        mvc.perform(post("/api/v1/users/khoa.vohieu/disable").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().is2xxSuccessful());

        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenWithoutAValidLifetimeIsNotIssuedAndTheFormSaysWhy() throws Exception {
        long tokens = count("identity.personal_token");

        mvc.perform(post("/account/tokens")
                        .with(SignedIn.as(accounts, "canbo.sonv"))
                        .with(csrf())
                        .param("name", "mãi mãi")
                        .param("scope", "WRITE")
                        .param("days", "3650"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("từ 1 đến 365 ngày")));
        assertThat(count("identity.personal_token")).isEqualTo(tokens);
    }

    @Test
    void khienAdminTokenIsTheFirstAdministratorsBearerTokenStoredOnlyAsItsHash() throws Exception {
        String token = System.getProperty("khien.admin.token");
        assertThat(token).as("set by the build (pom.xml, surefire)").isNotBlank();

        mvc.perform(bearer(get("/api/v1/me"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("admin"))
                .andExpect(jsonPath("$.roles[0]").value("COORDINATOR_ADMIN"))
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM identity.personal_token WHERE username = 'admin'
                           AND name = 'KHIEN_ADMIN_TOKEN' AND scope = 'WRITE' AND expires_at IS NULL
                           AND token_hash = encode(sha256(convert_to(:t, 'UTF8')), 'hex')""").param("t", token).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM identity.personal_token t WHERE strpos(t::text, :t) > 0")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String issue(String username, String name, String scope, String days) throws Exception {
        String page = mvc.perform(post("/account/tokens")
                        .with(SignedIn.as(accounts, username))
                        .with(csrf())
                        .param("name", name)
                        .param("scope", scope)
                        .param("days", days))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var issued = ISSUED.matcher(page);
        assertThat(issued.find()).as("the token on the answer page").isTrue();
        return issued.group(1);
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private long rowsWithHashOf(String token) {
        return jdbc.sql("SELECT count(*) FROM identity.personal_token"
                        + " WHERE token_hash = encode(sha256(convert_to(:t, 'UTF8')), 'hex')")
                .param("t", token)
                .query(Long.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static String newUser(String username) {
        return """
                {"username":"%s","displayName":"Khóa %s","roles":["AGENCY_OFFICER"],"agencyCode":"H57.02",
                 "password":"Song-Huong-Xanh-2026"}""".formatted(username, username);
    }
}
