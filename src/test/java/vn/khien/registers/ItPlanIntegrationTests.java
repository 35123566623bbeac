package vn.khien.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

/** IT plans through the API: the exact share, exceptions decided by the coordinator, bad input refused. */
@KhienIntegrationTest
class ItPlanIntegrationTests extends RegistersTestSupport {

    @Test
    void anOfficerRecordsAPlanWithSecurityLinesAndSeesTheExactShare() throws Exception {
        postJson(OFFICER, "/api/v1/it-plans", """
                        {"agencyCode":"H57.02","year":2026,"kind":"PROJECT","yearTo":2027,"name":"Dự án chuyển đổi số",
                         "totalBudget":"1000000","lines":[
                           {"category":"Giám sát","supplier":"VNPT","amount":"99990","origin":"DOMESTIC"}]}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/it-plans/")))
                .andExpect(jsonPath("$.plan.securityBudget").value(99990))
                .andExpect(jsonPath("$.plan.sharePercent").value(9.99))
                .andExpect(jsonPath("$.plan.reachesThreshold").value(false))
                .andExpect(jsonPath("$.plan.yearTo").value(2027))
                .andExpect(jsonPath("$.lines[0].origin").value("DOMESTIC"));
        getAs(OFFICER, "/api/v1/it-plans?q=chuyen doi so")
                .andExpect(jsonPath("$.items[*].name", Matchers.hasItem("Dự án chuyển đổi số")));
        long ten = planOf(OFFICER, "H57.02", "1000000", "100000");
        getAs(OFFICER, "/api/v1/it-plans/" + ten)
                .andExpect(jsonPath("$.plan.sharePercent").value(10.0))
                .andExpect(jsonPath("$.plan.reachesThreshold").value(true));
        assertThat(audited("it-plan", ten)).contains("registers.it-plan.recorded");
        assertThat(jdbc.sql("SELECT security_budget FROM registers.published_it_plan WHERE plan_id = ?")
                        .param(ten)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("100000");
    }

    @Test
    void badInputAnswers400WithFieldErrorsAndRecordsNothing() throws Exception {
        long before = registerCount("it_plan");
        postJson(OFFICER, "/api/v1/it-plans", """
                        {"agencyCode":"H57.02","year":1999,"kind":"ANNUAL","name":"",
                         "totalBudget":"1000.5","securityBudget":"-3"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field", Matchers.hasItems("name", "yearFrom", "totalBudget", "securityBudget")));
        postJson(OFFICER, "/api/v1/it-plans", """
                        {"agencyCode":"H57.02","year":2026,"kind":"ANNUAL","name":"x","totalBudget":"100",
                         "securityBudget":"101"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("securityBudget"));
        postJson(OFFICER, "/api/v1/it-plans", "{\"totalBudget\":\"mười triệu\"}")
                .andExpect(status().isBadRequest());
        postJson(OFFICER, "/api/v1/it-plans", """
                        {"agencyCode":"H57.10","year":2026,"kind":"ANNUAL","name":"x","totalBudget":"100"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agencyCode"));
        assertThat(registerCount("it_plan")).isEqualTo(before);
    }

    @Test
    void theCoordinatorAcceptsAnExceptionTheAgencyDeclared() throws Exception {
        long plan = planOf(OFFICER, "H57.02", "5000000000", "200000000");
        postJson(OFFICER, "/api/v1/it-plans/" + plan + "/exception", "{\"reason\":\"\"}")
                .andExpect(status().isBadRequest());
        postJson(
                        OFFICER,
                        "/api/v1/it-plans/" + plan + "/exception",
                        "{\"reason\":\"Đã có dịch vụ chuyên trách\",\"evidence\":\"HĐ 27/2025\"}")
                .andExpect(jsonPath("$.plan.exceptionStatus").value("DECLARED"));
        postJson(OFFICER, "/api/v1/it-plans/" + plan + "/exception/decision", "{\"accept\":true}")
                .andExpect(status().isForbidden());
        postJson(COORDINATOR, "/api/v1/it-plans/" + plan + "/exception/decision", "{\"accept\":false}")
                .andExpect(status().isBadRequest());
        postJson(COORDINATOR, "/api/v1/it-plans/" + plan + "/exception/decision", "{\"accept\":true}")
                .andExpect(jsonPath("$.plan.exceptionStatus").value("ACCEPTED"));
        postJson(COORDINATOR, "/api/v1/it-plans/" + plan + "/exception/decision", "{\"accept\":true}")
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT exception_status FROM registers.published_it_plan WHERE plan_id = ?")
                        .param(plan)
                        .query(String.class)
                        .single())
                .isEqualTo("ACCEPTED");
        assertThat(audited("it-plan", plan))
                .contains("registers.it-plan.exception-declared", "registers.it-plan.exception-accepted");
    }

    @Test
    void theDemoHasPlansAtNineAndAHalfAndExactlyTenPercent() throws Exception {
        getAs(COORDINATOR, "/api/v1/it-plans?agency=H57.02&size=100")
                .andExpect(jsonPath("$.items[?(@.sharePercent == 9.5)].reachesThreshold", Matchers.hasItem(false)))
                .andExpect(jsonPath("$.items[?(@.sharePercent == 10.0)].reachesThreshold", Matchers.hasItem(true)));
        // declared by the demo; other tests (compliance waivers) may have decided it since, in any order
        getAs(COORDINATOR, "/api/v1/it-plans?agency=H57.10&size=100")
                .andExpect(jsonPath("$.items[?(@.exceptionStatus != 'NONE')].agencyCode", Matchers.hasItem("H57.10")));
    }
}
