package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;

/** The register rules evaluated over the demo registers and changes made through the registers' API. */
@KhienIntegrationTest
class RegisterRulesIntegrationTests {

    static final String PASSWORD = KhienIntegrationTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    vn.khien.compliance.application.ObligationRecompute recompute;

    /** The table holds the day these assertions are about, whatever another test class left in it. */
    @org.junit.jupiter.api.BeforeEach
    void evaluate() {
        recompute.all();
    }

    String get(String path, String... params) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .header("Accept-Language", "vi")
                .with(ApiTokens.bearer("dieuphoi"));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    List<Map<String, Object>> obligations(String rule, String agency) throws Exception {
        return JsonPath.read(get("/api/v1/obligations", "rule", rule, "agency", agency, "size", "100"), "$.items");
    }

    @Test
    void aPlanAt9Point5PercentViolatesTheBudgetRuleAndOneAt10PercentMeetsIt() throws Exception {
        var plans = obligations("ct14.security-budget-share", "H57.02");
        assertThat(plans).extracting(o -> o.get("status")).contains("VIOLATED", "MET");
        assertThat(plans)
                .filteredOn(o -> o.get("status").equals("VIOLATED"))
                .anySatisfy(o -> assertThat((String) o.get("reason")).contains("9.50 %"));
    }

    @Test
    void anAcceptedExceptionIsWaivedWithItsReason() throws Exception {
        // a plan of its own: the demo's declared exception stays for the tests that read the demo
        String created = mvc.perform(post("/api/v1/it-plans")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"agencyCode": "H57.10", "year": 2026, "kind": "PROJECT", "name": "Dự án thử miễn trừ",
                                 "totalBudget": "1000000000", "securityBudget": "10000000"}""")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Integer plan = JsonPath.read(created, "$.plan.id");
        mvc.perform(post("/api/v1/it-plans/" + plan + "/exception")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Đã có dịch vụ bảo vệ chuyên trách của VNPT Huế\"}")
                        .with(httpBasic("canbo.syt", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(obligations("ct14.security-budget-share", "H57.10"))
                .filteredOn(o -> String.valueOf(plan).equals(o.get("item")))
                .singleElement()
                .satisfies(o -> assertThat(o).containsEntry("status", "VIOLATED"));
        mvc.perform(post("/api/v1/it-plans/" + plan + "/exception/decision")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accept\": true, \"note\": \"Đã kiểm tra hợp đồng\"}")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk());
        assertThat(obligations("ct14.security-budget-share", "H57.10"))
                .filteredOn(o -> String.valueOf(plan).equals(o.get("item")))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o).containsEntry("status", "WAIVED");
                    assertThat((String) o.get("reason")).contains("VNPT Huế");
                });
    }

    @Test
    void aLeaversActiveTokenViolatesTheCredentialRule() throws Exception {
        assertThat(obligations("ct14.signing-credentials", "H57.02"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o).containsEntry("status", "VIOLATED");
                    assertThat((String) o.get("reason")).contains("người đã nghỉ việc");
                });
    }
}
