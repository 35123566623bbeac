package vn.khien.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SessionCookie;
import vn.khien.support.TwoStepSignIn;

/** Issue 15 item 3: what an administrator changes holds from the user's next request, in every open session. */
@KhienIntegrationTest
class SessionRevocationIntegrationTests {

    static final String PASSWORD = "Thanh-Long-Hue-2026";

    @Autowired
    MockMvc mvc;

    @Test
    void aDemotedCoordinatorLosesCoordinatorRightsOnTheNextRequest() throws Exception {
        String username = newUser("COORDINATOR_ADMIN", null);
        SessionCookie session = signIn(username);
        mvc.perform(get("/admin/users").with(session)).andExpect(status().isOk());

        mvc.perform(asAdmin("/admin/users/" + username)
                        .param("displayName", "Điều Phối Cũ")
                        .param("roles", "AGENCY_OFFICER")
                        .param("agencyCode", "H57.03"))
                .andExpect(redirectedUrl("/admin/users/" + username));

        mvc.perform(get("/admin/users").with(session)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users")
                        .with(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"Kẻ Mạo Danh","roles":["COORDINATOR_ADMIN"],
                                 "password":"Mao-Danh-Quyen-2026"}""".formatted(unique("mao"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").with(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles", Matchers.contains("AGENCY_OFFICER")))
                .andExpect(jsonPath("$.agencyCode").value("H57.03"));
    }

    @Test
    void aDisabledAccountIsSignedOutOfItsOpenSession() throws Exception {
        String username = newUser("AGENCY_OFFICER", "H57.03");
        SessionCookie session = signIn(username);
        mvc.perform(get("/api/v1/me").with(session)).andExpect(status().isOk());

        mvc.perform(asAdmin("/admin/users/" + username + "/disable")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/me").with(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/systems").with(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        String username = newUser("AGENCY_OFFICER", "H57.03");
        SessionCookie here = signIn(username);
        SessionCookie elsewhere = signIn(username);

        here.remember(mvc.perform(post("/account/password")
                        .with(here)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "Cau-Truong-Tien-1899")
                        .param("confirmPassword", "Cau-Truong-Tien-1899"))
                .andExpect(redirectedUrl("/"))
                .andReturn());

        mvc.perform(get("/api/v1/me").with(here)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(elsewhere)).andExpect(status().isUnauthorized());
    }

    /**
     * A browser's sign-in: the session is the one in PostgreSQL that its cookie names; a coordinator
     * enrols a second factor on the way, as its role requires.
     */
    private SessionCookie signIn(String username) throws Exception {
        return TwoStepSignIn.signIn(mvc, username, PASSWORD);
    }

    private String newUser(String role, String agency) throws Exception {
        String username = unique("phien");
        var request = asAdmin("/admin/users/new")
                .param("username", username)
                .param("displayName", "Người Dùng Phiên")
                .param("roles", role)
                .param("password", PASSWORD);
        if (agency != null) {
            request.param("agencyCode", agency);
        }
        mvc.perform(request).andExpect(redirectedUrl("/admin/users/" + username));
        return username;
    }

    private static MockHttpServletRequestBuilder asAdmin(String path) {
        return post(path).with(user("dieuphoi").roles("COORDINATOR_ADMIN")).with(csrf());
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
