package vn.khien.compliance;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class ObligationApiIntegrationTests {

    static final String PASSWORD = KhienIntegrationTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObligationRecompute recompute;

    /** Today, as the application counts it: a waiver granted today must apply to today's obligations. */
    @BeforeEach
    void evaluate() {
        recompute.all();
    }

    @Test
    void anAgencyOfficerSeesOnlyTheObligationsOfTheirAgencies() throws Exception {
        mvc.perform(get("/api/v1/obligations").param("size", "500").with(httpBasic("canbo.syt", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.items[*].agencyCode", everyItem(org.hamcrest.Matchers.startsWith("H57.10"))));
        mvc.perform(get("/api/v1/obligations").param("agency", "H57.02").with(httpBasic("canbo.syt", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void theCoordinatorFiltersByRuleAndStatusInTheSection8Shape() throws Exception {
        mvc.perform(get("/api/v1/obligations")
                        .param("rule", "ct14.focal-unit")
                        .param("status", "MET")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].rule").value("ct14.focal-unit"))
                .andExpect(jsonPath("$.items[0].subjectType").value("AGENCY"))
                .andExpect(jsonPath("$.items[*].status", everyItem(is("MET"))))
                .andExpect(jsonPath("$.page").value(0));
    }

    @Test
    void theCoordinatorNarrowsToOneKindOfAgency() throws Exception {
        mvc.perform(get("/api/v1/obligations")
                        .param("rule", "ct14.focal-unit")
                        .param("kind", "COMMUNE_COMMITTEE")
                        .param("size", "200")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].agencyCode", hasItem("H57.P01")))
                .andExpect(jsonPath("$.items[*].agencyCode", everyItem(matchesPattern("H57\\.[PX]\\d+"))));
        mvc.perform(get("/api/v1/obligations").param("kind", "VILLAGE").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anAsOfQueryAnswersForThatDay() throws Exception {
        mvc.perform(get("/api/v1/obligations")
                        .param("system", "BCHQS.CHIHUY")
                        .param("rule", "ct14.assessment-level-5")
                        .param("asOf", "2027-03-01")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].dueDate", hasItem("2027-06-13")))
                .andExpect(jsonPath("$.items[*].dueDate", hasItem("2026-12-13")));
    }

    @Test
    void aMalformedDayOrStatusIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/obligations").param("asOf", "25/11/2026").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/obligations").param("status", "DONE_LATE").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aWaiverTurnsAViolationIntoWaivedWithItsReasonAndOnlyTheCoordinatorMayGrantIt() throws Exception {
        String body = """
                {"rule": "nd85.level-approved", "subjectCode": "%s", "reason": "Hệ thống sắp dừng", "expiresOn": "2099-01-01"}""";
        String violating = violatingSystem();
        mvc.perform(post("/api/v1/obligations/waivers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(violating))
                        .with(httpBasic("canbo.sonv", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/obligations/waivers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rule\": \"nd85.level-approved\", \"subjectCode\": \"" + violating + "\"}")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("expiresOn")));
        mvc.perform(post("/api/v1/obligations/waivers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(violating))
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/obligations")
                        .param("system", violating)
                        .param("rule", "nd85.level-approved")
                        .header("Accept-Language", "vi")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(jsonPath("$.items[0].status").value("WAIVED"))
                .andExpect(jsonPath("$.items[0].reason").value("Được miễn: Hệ thống sắp dừng (đến ngày 01/01/2099)"));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String violatingSystem() {
        return jdbc.sql("SELECT subject_code FROM compliance.obligation WHERE rule_id = 'nd85.level-approved'"
                        + " AND status IN ('VIOLATED', 'DUE') ORDER BY subject_code LIMIT 1")
                .query(String.class)
                .single();
    }
}
