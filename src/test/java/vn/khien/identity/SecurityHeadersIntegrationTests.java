package vn.khien.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class SecurityHeadersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void apiAnswersCarryAContentSecurityPolicyAndNoReferrer() throws Exception {
        mvc.perform(get("/api/v1/systems").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));
        mvc.perform(get("/api/v1/systems"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Security-Policy", Matchers.startsWith("default-src 'none'")));
    }

    @Test
    void theAlertIntakeAnswersCarryThePolicyToo() throws Exception {
        mvc.perform(post("/api/v1/alerts").header("Authorization", "Bearer wrong"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Security-Policy", Matchers.startsWith("default-src 'none'")))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));
    }

    @Test
    void requestsOverHttpsGetStrictTransportSecurityOnPagesAndApi() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", Matchers.containsString("max-age=31536000")));
        mvc.perform(get("/api/v1/systems").secure(true))
                .andExpect(header().string("Strict-Transport-Security", Matchers.containsString("max-age=31536000")));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}
