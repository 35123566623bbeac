package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;

/** The assessment rules evaluated over assessments recorded through the assessments module's API. */
@KhienIntegrationTest
class AssessmentRulesIntegrationTests {

    static final String PASSWORD = KhienIntegrationTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    vn.khien.compliance.application.ObligationRecompute recompute;

    /** The table holds the day these assertions are about, whatever another test class left in it. */
    @org.junit.jupiter.api.BeforeEach
    void evaluate() {
        recompute.all(java.time.LocalDate.of(2026, 11, 25));
    }

    /** Through the API: a MockMvc request replaces the test's security context, so ask as a user would. */
    List<Map<String, Object>> obligations(String rule, String system) throws Exception {
        String json = mvc.perform(get("/api/v1/obligations")
                        .param("system", system)
                        .param("rule", rule)
                        .header("Accept-Language", "vi")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return JsonPath.read(json, "$.items");
    }

    String completedAssessment(String system, String assessor, LocalDate completedOn) throws Exception {
        return new Assessments(mvc).completed(system, assessor, completedOn);
    }

    /** Records a completed assessment through the API, as the coordinator (shared with other compliance tests). */
    record Assessments(MockMvc mvc) {

        String completed(String system, String assessor, LocalDate completedOn) throws Exception {
            return completed(system, assessor, completedOn, "SYSTEMS");
        }

        /** With both of the coordinator's exceptions: these tests are about what compliance counts. */
        String completed(String system, String assessor, LocalDate completedOn, String scope) throws Exception {
            String created = mvc.perform(post("/api/v1/assessments")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"systemCodes":["%s"],"assessorCode":"%s","kind":"COMPLIANCE_CHECK","periodic":true,
                                     "scope":"%s","plannedStart":"%s","plannedEnd":"%s"}""".formatted(system, assessor, scope, completedOn.minusDays(10), completedOn))
                            .with(ApiTokens.bearer("dieuphoi")))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String path = "/api/v1/assessments/" + JsonPath.read(created, "$.id");
            mvc.perform(post(path + "/independence-exception")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"Không có tổ chức khác được cấp phép\"}")
                    .with(ApiTokens.bearer("dieuphoi")));
            mvc.perform(post(path + "/qualification-exception")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\":\"Giấy phép đang được cấp lại\"}")
                    .with(ApiTokens.bearer("dieuphoi")));
            mvc.perform(post(path + "/complete")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"completedOn\":\"" + completedOn + "\"}")
                            .with(ApiTokens.bearer("dieuphoi")))
                    .andExpect(status().isOk());
            return JsonPath.read(created, "$.id");
        }
    }

    @Test
    void anAssessmentByTheSystemsIncidentResponderIsViolatedForIndependenceYetCountsForTheYear() throws Exception {
        // VT.VIETTEL-HUE provides incident response to the demo's level 3 systems
        String id = completedAssessment("HUE.MAIL", "VT.VIETTEL-HUE", LocalDate.of(2026, 11, 20));
        assertThat(obligations("ct14.assessor-independence", "HUE.MAIL"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o).containsEntry("status", "VIOLATED").containsEntry("evidence", "assessment:" + id);
                    assertThat((String) o.get("reason"))
                            .contains("VT.VIETTEL-HUE")
                            .contains("INCIDENT_RESPONSE");
                });
        assertThat(obligations("ct14.assessment-level-3-4", "HUE.MAIL"))
                .filteredOn(o -> o.get("dueDate").equals("2026-12-04"))
                .singleElement()
                .satisfies(o -> assertThat(o).containsEntry("status", "MET"));
        // one duty, one obligation: the directive's yearly calendar refines Decree 85's cadence
        assertThat(obligations("nd85.assessment-cadence", "HUE.MAIL")).isEmpty();
    }

    @Test
    void anIndependentAssessorMeetsTheIndependenceRule() throws Exception {
        completedAssessment("HUE.LGSP", "DG.KIEMDINH-DEMO", LocalDate.of(2026, 11, 10));
        assertThat(obligations("ct14.assessor-independence", "HUE.LGSP"))
                .singleElement()
                .satisfies(o -> assertThat(o).containsEntry("status", "MET"));
    }

    @Test
    void aLevelThreeSystemNeverAssessedOwesItsYearlyAssessmentBefore5December() throws Exception {
        assertThat(obligations("ct14.assessment-level-3-4", "HUE.IOC"))
                .filteredOn(o -> o.get("dueDate").equals("2026-12-04"))
                .singleElement()
                .satisfies(o -> assertThat(o).containsEntry("status", "DUE_SOON"));
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Seed §1: the owner that monitors its system in-house is not independent of the monitoring organisation. */
    @Test
    void anOwnerAssessingASystemItMonitorsInHouseViolatesIndependence() throws Exception {
        String system = jdbc.sql("""
                        SELECT s.code FROM systems.published_system s
                        JOIN systems.published_arrangement a ON a.system_code = s.code
                        WHERE a.service = 'MONITORING' AND a.provider_code IS NULL AND s.approved_level >= 3
                          AND s.status = 'IN_OPERATION' AND a.valid_from <= DATE '2026-11-30'
                          AND (a.valid_to IS NULL OR a.valid_to >= DATE '2026-11-30')
                          AND s.owner_code NOT IN ('H57.16', 'H57.17')
                        ORDER BY s.code LIMIT 1""").query(String.class).single();
        String owner = jdbc.sql("SELECT owner_code FROM systems.published_system WHERE code = ?")
                .param(system)
                .query(String.class)
                .single();
        // refused when registered as done without the coordinator's exception (seed §1, as for providers)
        String created = mvc.perform(post("/api/v1/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"systemCodes":["%s"],"assessorCode":"%s","kind":"COMPLIANCE_CHECK","periodic":true,
                                 "plannedStart":"2026-11-20","plannedEnd":"2026-11-30"}""".formatted(system, owner))
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post("/api/v1/assessments/" + JsonPath.read(created, "$.id") + "/complete")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"completedOn\":\"2026-11-30\"}")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isBadRequest());
        // with the exception it is recorded, and the compliance rule still shows the conflict
        completedAssessment(system, owner, LocalDate.of(2026, 11, 30));
        recompute.all(LocalDate.of(2026, 12, 1));
        assertThat(obligations("ct14.assessor-independence", system))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o).containsEntry("status", "VIOLATED");
                    assertThat((String) o.get("reason")).contains(owner).contains("MONITORING");
                });
        recompute.all(LocalDate.of(2026, 11, 25));
    }
}
