package vn.khien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class UserAdministrationIntegrationTests {

    private static final String ADMIN = "dieuphoi";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminCreatesAnAgencyOfficerThroughTheForm() throws Exception {
        String username = unique("canbo");
        mvc.perform(asAdmin("/admin/users/new")
                        .param("username", username)
                        .param("displayName", "Ngô Thị Lan")
                        .param("email", username + "@hue.gov.vn")
                        .param("roles", "AGENCY_OFFICER")
                        .param("agencyCode", "H57.03")
                        .param("password", "Song-Huong-2026"))
                .andExpect(redirectedUrl("/admin/users/" + username))
                .andExpect(flash().attribute("notice", "identity.user.created"));
        assertThat(auditActions(username)).contains("identity.user.created");
        assertThat(actorOf(username, "identity.user.created")).isEqualTo(ADMIN);
    }

    @Test
    void badInputReShowsTheFormWithVietnameseMessagesAndSavesNothing() throws Exception {
        long before = countUsers();
        mvc.perform(asAdmin("/admin/users/new")
                        .param("username", "x")
                        .param("displayName", "")
                        .param("email", "not-an-email")
                        .param("roles", "AGENCY_OFFICER")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vui lòng nhập họ và tên.")))
                .andExpect(content().string(Matchers.containsString("Địa chỉ thư điện tử không hợp lệ.")))
                .andExpect(content().string(Matchers.containsString("Tên đăng nhập gồm 3–50 ký tự")));
        assertThat(countUsers()).isEqualTo(before);
    }

    @Test
    void anAgencyRoleWithoutAnAgencyIsRefusedWithAFieldMessage() throws Exception {
        long before = countUsers();
        mvc.perform(asAdmin("/admin/users/new")
                        .param("username", unique("nguoi"))
                        .param("displayName", "Người Không Cơ Quan")
                        .param("roles", "AGENCY_HEAD")
                        .param("password", "Song-Huong-2026"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("Vai trò đã chọn cần gắn với một cơ quan, đơn vị.")));
        assertThat(countUsers()).isEqualTo(before);
    }

    @Test
    void anUnknownRoleValueIsAFormErrorNotAFailure() throws Exception {
        mvc.perform(asAdmin("/admin/users/new")
                        .param("username", unique("x"))
                        .param("displayName", "X")
                        .param("roles", "KING")
                        .param("password", "Song-Huong-2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vai trò không hợp lệ.")));
    }

    @Test
    void theApiCreatesAUserWithLocationAndRefusesADuplicate() throws Exception {
        String username = unique("api");
        String body = """
                {"username":"%s","displayName":"Trương Văn Minh","roles":["RESPONDER"],"password":"Ung-Cuu-24h-Hue"}""".formatted(username);
        mvc.perform(post("/api/v1/users")
                        .with(ApiTokens.bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/users/" + username))
                .andExpect(jsonPath("$.roles[0]").value("RESPONDER"))
                .andExpect(jsonPath("$.password").doesNotExist());
        mvc.perform(post("/api/v1/users")
                        .with(ApiTokens.bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
    }

    @Test
    void theApiAnswersBadInputWithFieldErrors() throws Exception {
        long before = countUsers();
        mvc.perform(post("/api/v1/users")
                        .with(ApiTokens.bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"ab\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath(
                        "$.errors[*].field", Matchers.hasItems("username", "displayName", "roles", "password")));
        mvc.perform(post("/api/v1/users")
                        .with(ApiTokens.bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"abc\",\"roles\":[\"KING\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
        mvc.perform(post("/api/v1/users")
                        .with(ApiTokens.bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/users").param("page", "x").with(ApiTokens.bearer(ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        assertThat(countUsers()).isEqualTo(before);
    }

    @Test
    void anUnknownUserIs404() throws Exception {
        mvc.perform(get("/api/v1/users/nobody-at-all").with(ApiTokens.bearer(ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/nobody-at-all").with(user(ADMIN).roles("COORDINATOR_ADMIN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void usersListIsPaginatedAndFilteredByRole() throws Exception {
        mvc.perform(get("/api/v1/users")
                        .param("role", "AGENCY_OFFICER")
                        .param("size", "2")
                        .with(ApiTokens.bearer(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.total", Matchers.greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.items[*].roles[*]", Matchers.everyItem(Matchers.is("AGENCY_OFFICER"))));
    }

    @Test
    void anAdminCannotDisableThemselves() throws Exception {
        mvc.perform(asAdmin("/admin/users/" + ADMIN + "/disable"))
                .andExpect(flash().attribute("problem", "identity.user.error.not-yourself"));
        assertThat(jdbc.sql("SELECT enabled FROM identity.user_account WHERE username = ?")
                        .param(ADMIN)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        String username = createOfficer();
        mvc.perform(asAdmin("/admin/users/" + username + "/disable"))
                .andExpect(flash().attribute("notice", "identity.user.disabled"));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "Song-Huong-2026")))
                .andExpect(status().isUnauthorized());
        assertThat(auditActions(username)).contains("identity.user.disabled");
    }

    @Test
    void usersChangeTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        String username = createOfficer();
        changePassword(username, "wrong-password-1", "Dai-Noi-Hue-1802")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mật khẩu hiện tại không đúng.")));
        changePassword(username, "Song-Huong-2026", "Dai-Noi-Hue-1802").andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "Dai-Noi-Hue-1802")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "Song-Huong-2026")))
                .andExpect(status().isUnauthorized());
        assertThat(auditActions(username)).contains("identity.user.password-changed");
    }

    @Test
    void theChosenLanguageIsRememberedForTheUser() throws Exception {
        String username = createOfficer();
        mvc.perform(post("/account/language")
                        .with(user(username).roles("AGENCY_OFFICER"))
                        .with(csrf())
                        .param("lang", "en")
                        .param("back", "https://evil.example/"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "Song-Huong-2026")))
                .andExpect(jsonPath("$.language").value("en"));
    }

    private String createOfficer() throws Exception {
        String username = unique("cb");
        mvc.perform(asAdmin("/admin/users/new")
                        .param("username", username)
                        .param("displayName", "Cán Bộ Thử")
                        .param("roles", "AGENCY_OFFICER")
                        .param("agencyCode", "H57.04")
                        .param("password", "Song-Huong-2026"))
                .andExpect(status().is3xxRedirection());
        return username;
    }

    private MockHttpServletRequestBuilder asAdmin(String path) {
        return post(path).with(user(ADMIN).roles("COORDINATOR_ADMIN")).with(csrf());
    }

    private ResultActions changePassword(String username, String current, String next) throws Exception {
        return mvc.perform(post("/account/password")
                .with(user(username).roles("AGENCY_OFFICER"))
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("confirmPassword", next));
    }

    private long countUsers() {
        return jdbc.sql("SELECT count(*) FROM identity.user_account")
                .query(Long.class)
                .single();
    }

    private java.util.List<String> auditActions(String objectId) {
        return jdbc.sql("SELECT action FROM audit.audit_record WHERE object_id = ? ORDER BY seq")
                .param(objectId)
                .query(String.class)
                .list();
    }

    private String actorOf(String objectId, String action) {
        return jdbc.sql("SELECT actor FROM audit.audit_record WHERE object_id = ? AND action = ?")
                .params(objectId, action)
                .query(String.class)
                .single();
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
