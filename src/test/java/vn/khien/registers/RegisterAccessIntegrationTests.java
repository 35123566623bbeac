package vn.khien.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.khien.support.KhienIntegrationTest;

/**
 * The route × role matrix of the registers: an officer of Sở Nội vụ (H57.02) meets every entry of Sở Y
 * tế (H57.10) — pages, API, exports, audit history and id guesses — with 404 and changes nothing; the
 * observer reads but never writes.
 */
@KhienIntegrationTest
class RegisterAccessIntegrationTests extends RegistersTestSupport {

    private static final String JSON = "application/json";

    private long idOf(String table, String agency) {
        return jdbc.sql("SELECT min(id) FROM registers." + table + " WHERE agency_code = ?")
                .param(agency)
                .query(Long.class)
                .single();
    }

    @Test
    void anOfficerOfAnotherAgencyGets404OnEveryRegisterRouteAndChangesNothing() throws Exception {
        long plan = idOf("it_plan", "H57.10");
        long credential = idOf("credential", "H57.10");
        long person = idOf("staff", "H57.10");
        long attestation = created(COORDINATOR, "/api/v1/attestations", """
                {"agencyCode":"H57.10","kind":"OTHER","title":"Cam kết","attestedOn":"2026-01-05","evidence":"CV 1"}""");
        String audit = jdbc.sql("SELECT count(*) FROM audit.audit_record")
                .query(Long.class)
                .single()
                .toString();
        List<AbstractMockHttpServletRequestBuilder<?>> routes = new ArrayList<>(List.of(
                get("/registers/it-plans/" + plan),
                get("/registers/it-plans/" + plan + "/edit"),
                post("/registers/it-plans/" + plan + "/edit").param("name", "x").param("totalBudget", "1"),
                post("/registers/it-plans/" + plan + "/exception").param("reason", "x"),
                post("/registers/it-plans/" + plan + "/decision").param("accept", "true"),
                get("/registers/it-plans?agency=H57.10"),
                get("/registers/it-plans/export.csv?agency=H57.10"),
                get("/registers/credentials/" + credential),
                post("/registers/credentials/" + credential + "/transitions")
                        .param("status", "REVOKED")
                        .param("on", "2026-01-01")
                        .param("reason", "x"),
                get("/registers/credentials/export.xlsx?agency=H57.10"),
                get("/registers/staff/" + person),
                post("/registers/staff/" + person + "/trainings")
                        .param("course", "x")
                        .param("hours", "1")
                        .param("attendedOn", "2026-01-01"),
                post("/registers/staff/" + person + "/qualifications")
                        .param("name", "x")
                        .param("obtainedOn", "2026-01-01"),
                post("/registers/staff/" + person + "/leave").param("leftOn", "2026-01-01"),
                get("/registers/staff/export.csv?agency=H57.10"),
                post("/registers/attestations/" + attestation + "/decision").param("accept", "true"),
                get("/registers/attestations?agency=H57.10"),
                get("/registers/of-agency/H57.10"),
                get("/audit/history/it-plan/" + plan),
                get("/audit/history/credential/" + credential),
                get("/audit/history/staff/" + person),
                get("/audit/history/attestation/" + attestation),
                get("/api/v1/it-plans/" + plan),
                get("/api/v1/it-plans?agency=H57.10"),
                put("/api/v1/it-plans/" + plan).contentType(JSON).content("{\"name\":\"x\"}"),
                post("/api/v1/it-plans/" + plan + "/exception")
                        .contentType(JSON)
                        .content("{\"reason\":\"x\"}"),
                post("/api/v1/it-plans/" + plan + "/exception/decision")
                        .contentType(JSON)
                        .content("{\"accept\":true}"),
                get("/api/v1/credentials/" + credential),
                get("/api/v1/credentials?agency=H57.10"),
                put("/api/v1/credentials/" + credential).contentType(JSON).content("{\"holderName\":\"x\"}"),
                post("/api/v1/credentials/" + credential + "/transitions")
                        .contentType(JSON)
                        .content("{\"status\":\"REVOKED\",\"on\":\"2026-01-01\",\"reason\":\"x\"}"),
                get("/api/v1/staff/" + person),
                get("/api/v1/staff?agency=H57.10"),
                put("/api/v1/staff/" + person).contentType(JSON).content("{\"fullName\":\"x\"}"),
                post("/api/v1/staff/" + person + "/trainings")
                        .contentType(JSON)
                        .content("{\"course\":\"x\",\"hours\":1,\"attendedOn\":\"2026-01-01\"}"),
                post("/api/v1/staff/" + person + "/leave").contentType(JSON).content("{\"leftOn\":\"2026-01-01\"}"),
                get("/api/v1/attestations/" + attestation),
                get("/api/v1/attestations?agency=H57.10"),
                post("/api/v1/attestations/" + attestation + "/decision")
                        .contentType(JSON)
                        .content("{\"accept\":true}"),
                get("/api/v1/it-plans/999999999"),
                get("/api/v1/credentials/999999999")));
        for (var route : routes) {
            var result = mvc.perform(route.with(as(OFFICER))).andReturn();
            assertThat(result.getResponse().getStatus())
                    .as(result.getRequest().getMethod() + " "
                            + result.getRequest().getRequestURI() + "?"
                            + result.getRequest().getQueryString())
                    .isEqualTo(404);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_record WHERE action LIKE 'registers.%' AND seq > ?")
                        .param(Long.parseLong(audit))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void listsShowAnOfficerOnlyTheirAgencysEntries() throws Exception {
        for (String api : List.of("it-plans", "credentials", "staff", "attestations")) {
            String json = getAs(OFFICER, "/api/v1/" + api + "?size=500")
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            List<String> agencies = com.jayway.jsonpath.JsonPath.read(json, "$.items[*].agencyCode");
            assertThat(agencies).as(api).allMatch("H57.02"::equals);
        }
    }

    @Test
    void theObserverReadsEverythingButChangesNothing() throws Exception {
        long plan = idOf("it_plan", "H57.10");
        getAs(OBSERVER, "/api/v1/it-plans/" + plan).andReturn();
        assertThat(getAs(OBSERVER, "/api/v1/it-plans/" + plan)
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(getAs(OBSERVER, "/registers/of-agency/H57.10")
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        for (var write : List.of(
                post("/api/v1/it-plans").contentType(JSON).content("""
                        {"agencyCode":"H57.10","year":2026,"kind":"ANNUAL","name":"x","totalBudget":"100"}"""),
                post("/api/v1/it-plans/" + plan + "/exception")
                        .contentType(JSON)
                        .content("{\"reason\":\"x\"}"),
                post("/api/v1/staff")
                        .contentType(JSON)
                        .content("{\"agencyCode\":\"H57.10\",\"fullName\":\"x\",\"securityRole\":\"RESPONDER\"}"),
                post("/api/v1/credentials/" + idOf("credential", "H57.10") + "/transitions")
                        .contentType(JSON)
                        .content("{\"status\":\"REVOKED\",\"on\":\"2026-01-01\",\"reason\":\"x\"}"))) {
            var result = mvc.perform(write.with(as(OBSERVER))).andReturn();
            assertThat(result.getResponse().getStatus())
                    .as(result.getRequest().getRequestURI())
                    .isEqualTo(403);
        }
    }
}
