package vn.khien.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;

/** Issue 15 item 7: NIST SP 800-63B passwords, refused with a message on both forms and in the API. */
@KhienIntegrationTest
class PasswordPolicyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theUserFormRefusesACommonPasswordWithAMessage() throws Exception {
        mvc.perform(post("/admin/users/new")
                        .with(user("dieuphoi").roles("COORDINATOR_ADMIN"))
                        .with(csrf())
                        .param("username", unique("pho"))
                        .param("displayName", "Nguyễn Thị Phổ")
                        .param("roles", "AGENCY_OFFICER")
                        .param("agencyCode", "H57.03")
                        .param("password", "Password1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mật khẩu này quá phổ biến")));
    }

    @Test
    void theApiRefusesAPasswordWithTheUsersOwnNameAsAFieldError() throws Exception {
        mvc.perform(post("/api/v1/users")
                        .with(ApiTokens.bearer("dieuphoi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"Trương Văn Minh","roles":["RESPONDER"],
                                 "password":"Truong-Van-Minh-1990"}""".formatted(unique("api"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Mật khẩu không được chứa họ tên hoặc phần trước @ của địa chỉ thư điện tử."));
    }

    @Test
    void theChangePasswordFormRefusesACommonWordWithAYearAdded() throws Exception {
        mvc.perform(post("/account/password")
                        .with(user("canbo.sonv").roles("AGENCY_OFFICER"))
                        .with(csrf())
                        .param("currentPassword", KhienIntegrationTest.DEMO_PASSWORD)
                        .param("newPassword", "Sunshine-2026")
                        .param("confirmPassword", "Sunshine-2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mật khẩu này quá phổ biến")));
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
