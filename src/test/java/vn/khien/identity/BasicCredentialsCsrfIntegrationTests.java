package vn.khien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.khien.support.KhienIntegrationTest;

/**
 * HTTP Basic is for scripts: a browser is never asked for Basic credentials, and a browser's write
 * carrying Basic credentials it cached (sent by a form on another site) still needs the CSRF token.
 */
@KhienIntegrationTest
class BasicCredentialsCsrfIntegrationTests {

    private static final String REPORT = """
            {"systemCode":"SNV.WEB","detectedAt":"2026-12-01T08:30:00+07:00","type":"DEFACEMENT",
             "summary":"Trang chủ bị thay đổi","severity":"HIGH","tlp":"AMBER"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder report() {
        return post("/api/v1/incidents")
                .with(httpBasic("canbo.sonv", KhienIntegrationTest.DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(REPORT);
    }

    private long incidents() {
        return jdbc.sql("SELECT count(*) FROM incidents.incident")
                .query(Long.class)
                .single();
    }

    @Test
    void aCrossSiteFormCarryingCachedBasicCredentialsIsRefusedAndChangesNothing() throws Exception {
        long before = incidents();
        mvc.perform(report().header("Origin", "https://evil.example")).andExpect(status().isForbidden());
        mvc.perform(report().header("Sec-Fetch-Site", "cross-site")).andExpect(status().isForbidden());
        assertThat(incidents()).isEqualTo(before);
    }

    @Test
    void aScriptWithBasicCredentialsStillWritesWithoutAToken() throws Exception {
        long before = incidents();
        mvc.perform(report()).andExpect(status().isCreated());
        assertThat(incidents()).isEqualTo(before + 1);
    }

    @Test
    void aBrowserIsNeverInvitedToCacheBasicCredentials() throws Exception {
        mvc.perform(get("/api/v1/me").header("Sec-Fetch-Mode", "navigate"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
    }
}
