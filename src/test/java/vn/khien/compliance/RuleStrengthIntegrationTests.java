package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.Today;

/**
 * No invented numbers; preferences are not violations (issue 16 item 8): a recommended rule is
 * NOT_FOLLOWED, never VIOLATED; the workforce target and the re-confirmation interval are provincial
 * settings, empty by default.
 */
@KhienIntegrationTest
class RuleStrengthIntegrationTests {

    static final String PASSWORD = KhienIntegrationTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObligationRecompute recompute;

    @Autowired
    JdbcClient jdbc;

    String statusOf(String rule, String subject) {
        return jdbc.sql("SELECT status FROM compliance.obligation WHERE rule_id = ? AND subject_code = ?")
                .params(rule, subject)
                .query(String.class)
                .single();
    }

    @Test
    void aForeignProductWithoutJustificationIsARecommendationNotFollowedNeverAViolation() throws Exception {
        // the systems module saves a foreign product without a justification (a preference, not a duty)
        mvc.perform(post("/api/v1/systems/SXD.DTGT/products")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"product":"FortiGate 60F","vendor":"Fortinet","category":"Tường lửa","origin":"FOREIGN"}""")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isCreated());
        recompute.all(Today.inVietnam());
        assertThat(statusOf("ct14.domestic-products", "SXD.DTGT")).isEqualTo("NOT_FOLLOWED");
        assertThat(jdbc.sql("SELECT count(*) FROM compliance.obligation WHERE rule_id = 'ct14.domestic-products'"
                                + " AND status IN ('VIOLATED', 'OVERDUE')")
                        .query(Integer.class)
                        .single())
                .isZero();
        mvc.perform(get("/api/v1/obligations")
                        .param("status", "NOT_FOLLOWED")
                        .param("system", "SXD.DTGT")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].rule", hasItem("ct14.domestic-products")));
        mvc.perform(get("/api/v1/packs/CT14-2019").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(jsonPath("$.rules[?(@.id == 'ct14.domestic-products')].strength")
                        .value(hasItem("RECOMMENDED")))
                .andExpect(jsonPath("$.rules[?(@.id == 'ct14.focal-unit')].strength")
                        .value(hasItem("MANDATORY")));
    }

    @Test
    void withoutAProvincialTargetTheWorkforceRuleChecksOnlyThatSecurityStaffAreNamed() {
        recompute.all(Today.inVietnam());
        assertThat(jdbc.sql(
                                "SELECT DISTINCT status FROM compliance.obligation WHERE rule_id = 'ct14.security-workforce'")
                        .query(String.class)
                        .list())
                .isNotEmpty()
                .allMatch(s -> s.equals("MET") || s.equals("VIOLATED"));
        assertThat(jdbc.sql(
                                "SELECT DISTINCT reason_key FROM compliance.obligation WHERE rule_id = 'ct14.security-workforce'")
                        .query(String.class)
                        .list())
                .doesNotContain("compliance.reason.training-reached");
    }

    @Test
    void theYearlyReConfirmationIsAProvincialSettingThatOwesNothingUntilSet() throws Exception {
        recompute.all(Today.inVietnam());
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM compliance.obligation WHERE rule_id = 'ct14.focal-point-confirmation'")
                        .query(Integer.class)
                        .single())
                .isZero();
        mvc.perform(get("/api/v1/packs/CT14-2019").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(jsonPath("$.rules[?(@.id == 'ct14.focal-point-confirmation')].provincialSettings[0].name")
                        .value(hasItem("months")))
                .andExpect(
                        jsonPath("$.rules[?(@.id == 'ct14.security-workforce')].provincialSettings[0].provincialPolicy")
                                .value(hasItem(true)))
                .andExpect(jsonPath("$.rules[?(@.id == 'ct14.security-workforce')].provincialSettings[0].value")
                        .isEmpty());
    }
}
