package vn.khien.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;

/** Issue 15 item 7: a provider's API token reports incidents on the systems it serves (docs/incidents.md). */
@KhienIntegrationTest
class IncidentProviderTokenIntegrationTests extends IncidentsTestSupport {

    static final String PROVIDER = "DV.GIAMSAT-DEMO";

    @Test
    void aProviderTokenReportsOnASystemItServesAndReadsWhatItReported() throws Exception {
        String token = issueToken(PROVIDER);
        String body = reportWith(token, servedSystem(true))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String reference = JsonPath.read(body, "$.reference");

        mvc.perform(withToken(get("/api/v1/incidents/" + reference), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(reference));
        mvc.perform(withToken(get("/api/v1/incidents").param("q", reference), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].reference").value(reference));
        assertThat(jdbc.sql("SELECT reporter FROM incidents.incident WHERE reference = ?")
                        .param(reference)
                        .query(String.class)
                        .single())
                .startsWith("api-token:");
    }

    @Test
    void aProviderTokenCannotReportOnASystemItDoesNotServe() throws Exception {
        long before = incidents();
        reportWith(issueToken(PROVIDER), servedSystem(false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("systemCode"));
        assertThat(incidents()).isEqualTo(before);
    }

    @Test
    void otherRoutesAndRevokedTokensStillAnswer401() throws Exception {
        String token = issueToken(PROVIDER);
        String reference = report("2026-05-02T08:30:00+07:00", "AMBER");
        mvc.perform(withToken(get("/api/v1/agencies"), token)).andExpect(status().isUnauthorized());
        mvc.perform(withToken(post("/api/v1/incidents/" + reference + "/comments"), token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"x\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(withToken(post("/api/v1/incidents/" + reference + "/transitions"), token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"VERIFY\"}"))
                .andExpect(status().isUnauthorized());

        String id = jdbc.sql("SELECT id::text FROM identity.api_token WHERE prefix = ?")
                .param(token.substring(0, 12))
                .query(String.class)
                .single();
        mvc.perform(delete("/api/v1/api-tokens/" + id).with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isNoContent());
        reportWith(token, servedSystem(true)).andExpect(status().isUnauthorized());
    }

    private ResultActions reportWith(String token, String system) throws Exception {
        return mvc.perform(withToken(post("/api/v1/incidents"), token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"systemCode":"%s","detectedAt":"2026-05-02T08:30:00+07:00","type":"MALWARE",
                         "summary":"Mã độc trên máy chủ","severity":"HIGH","contactEmail":"soc@giamsat.demo"}""".formatted(system)));
    }

    private static MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    /** A demo system the provider monitors, or one it has no arrangement with at all. */
    private String servedSystem(boolean served) {
        return jdbc.sql("""
                        SELECT s.code FROM systems.published_system s
                         WHERE %s EXISTS (SELECT 1 FROM systems.published_arrangement a
                                           WHERE a.system_code = s.code AND a.provider_code = ?)
                         ORDER BY s.code LIMIT 1""".formatted(served ? "" : "NOT"))
                .param(PROVIDER)
                .query(String.class)
                .single();
    }

    private String issueToken(String organisation) throws Exception {
        String body = mvc.perform(post("/api/v1/api-tokens")
                        .with(ApiTokens.bearer("dieuphoi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationCode\":\"" + organisation + "\",\"name\":\"SOC của nhà cung cấp\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }
}
