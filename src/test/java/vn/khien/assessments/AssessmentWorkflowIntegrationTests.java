package vn.khien.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.Today;

@KhienIntegrationTest
class AssessmentWorkflowIntegrationTests extends AssessmentsTestSupport {

    @Test
    void anAssessmentGoesFromPlanToCompletionAndIsPublishedForCompliance() throws Exception {
        String id = createAssessment("DG.KIEMDINH-DEMO");
        String path = "/api/v1/assessments/" + id;
        getAs(COORDINATOR, path)
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.agencyCode").value("H57.02"));
        postJson(ASSESSOR, path + "/start", "").andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        raise(id, "CRITICAL");
        raise(id, "LOW");
        postJson(ASSESSOR, path + "/draft-report", "")
                .andExpect(jsonPath("$.status").value("REPORT_DRAFTED"));
        postJson(OFFICER, path + "/comment", "{\"comment\":\"Đồng ý với dự thảo\"}")
                .andExpect(jsonPath("$.status").value("AGENCY_COMMENTED"));
        postJson(ASSESSOR, path + "/complete", "{\"completedOn\":\"" + Today.inVietnam() + "\"}")
                .andExpect(jsonPath("$.status").value("COMPLETED"));

        getAs(OFFICER, path + "/findings")
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].severity").value("CRITICAL"))
                .andExpect(jsonPath("$.items[0].dueOn")
                        .value(Today.inVietnam().plusDays(15).toString()));
        assertThat(auditActions(id))
                .containsSubsequence(
                        "assessments.assessment.created",
                        "assessments.assessment.started",
                        "assessments.assessment.report-drafted",
                        "assessments.assessment.commented",
                        "assessments.assessment.completed");
        assertThat(jdbc.sql("SELECT agency_code || '/' || assessor_code || '/' || periodic"
                                + " FROM assessments.published_assessment_result WHERE assessment_id = ?")
                        .param(UUID.fromString(id))
                        .query(String.class)
                        .list())
                .containsExactly("H57.02/DG.KIEMDINH-DEMO/true");
    }

    @Test
    void aFindingIsPlannedFixedAndVerifiedClosed() throws Exception {
        String finding = startedWithFinding()[1];
        String path = "/api/v1/findings/" + finding;
        postJson(OFFICER, path + "/remediation", "{\"owner\":\"Phòng CNTT\",\"plan\":\"Bật MFA\"}")
                .andExpect(jsonPath("$.status").value("REMEDIATION_PLANNED"));
        postJson(OFFICER, path + "/verify", "{\"fixed\":true}").andExpect(status().isForbidden());
        postJson(OFFICER, path + "/fixed", "{\"note\":\"Đã bật MFA\"}")
                .andExpect(jsonPath("$.status").value("FIXED"));
        postJson(ASSESSOR, path + "/verify", "{\"fixed\":true}")
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closedOn").value(Today.inVietnam().toString()));
        assertThat(auditActions(finding))
                .containsSubsequence(
                        "assessments.finding.raised",
                        "assessments.finding.remediation-planned",
                        "assessments.finding.fix-claimed",
                        "assessments.finding.closed");
        assertThat(jdbc.sql("SELECT status FROM assessments.published_finding WHERE finding_id = ?")
                        .param(UUID.fromString(finding))
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED");
    }

    @Test
    void onlyTheAgencyHeadAcceptsARiskAndOnlyUntilAFutureDate() throws Exception {
        String path = "/api/v1/findings/" + startedWithFinding()[1] + "/risk-acceptance";
        String until = Today.inVietnam().plusMonths(6).toString();
        postJson(OFFICER, path, "{\"reason\":\"Hệ thống sắp thay thế\",\"until\":\"" + until + "\"}")
                .andExpect(status().isForbidden());
        postJson(HEAD, path, "{\"reason\":\"Hệ thống sắp thay thế\",\"until\":\"" + Today.inVietnam() + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("until"));
        postJson(HEAD, path, "{\"reason\":\"Hệ thống sắp thay thế\",\"until\":\"" + until + "\"}")
                .andExpect(jsonPath("$.status").value("RISK_ACCEPTED"))
                .andExpect(jsonPath("$.riskAcceptedUntil").value(until));
    }

    @Test
    void anInvalidCvssVectorOrUnknownRequirementIsRefusedWithAMessage() throws Exception {
        String id = startedWithFinding()[0];
        postJson(ASSESSOR, "/api/v1/assessments/" + id + "/findings", """
                        {"title":"X","severity":"HIGH","cvssVector":"CVSS:3.1/AV:N/AC:L"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cvssVector"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("CVSS")));
        postJson(ASSESSOR, "/api/v1/assessments/" + id + "/findings", """
                        {"title":"X","severity":"HIGH","requirementCode":"ZZ.99"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requirementCode"));
    }

    @Test
    void theIndependenceRuleRefusesAnAssessorThatServesTheSystemUnlessTheCoordinatorExcepts() throws Exception {
        // VT.VIETTEL-HUE provides incident response to the demo's level 3 systems
        String id = createAssessment("VT.VIETTEL-HUE");
        String path = "/api/v1/assessments/" + id;
        // it holds no assessment licence either: that rule has its own exception, recorded here
        postJson(COORDINATOR, path + "/qualification-exception", "{\"reason\":\"Thử nghiệm tính độc lập\"}")
                .andExpect(status().isOk());
        postJson(COORDINATOR, path + "/start", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assessorCode"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(Matchers.containsString(LEVEL3 + " (INCIDENT_RESPONSE)")));
        postJson(OFFICER, path + "/independence-exception", "{\"reason\":\"x\"}")
                .andExpect(status().isForbidden());
        postJson(COORDINATOR, path + "/independence-exception", "{\"reason\":\"Không có tổ chức khác được cấp phép\"}")
                .andExpect(status().isOk());
        postJson(COORDINATOR, path + "/start", "")
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        assertThat(auditActions(id)).contains("assessments.assessment.independence-exception");
    }

    @Test
    void registeringACompletionDoneOutsideThePlatformChecksIndependenceToo() throws Exception {
        String id = createAssessment("VT.VIETTEL-HUE");
        postJson(COORDINATOR, "/api/v1/assessments/" + id + "/complete", "{}").andExpect(status().isBadRequest());
    }

    @Test
    void anAssessorOfAnotherOrganisationGetsNotFoundForTheAssessmentItsFindingsAndEvidence() throws Exception {
        String id = createAssessment("VT.VIETTEL-HUE");
        String path = "/api/v1/assessments/" + id;
        postJson(COORDINATOR, path + "/independence-exception", "{\"reason\":\"Thử nghiệm\"}");
        postJson(COORDINATOR, path + "/qualification-exception", "{\"reason\":\"Thử nghiệm\"}");
        postJson(COORDINATOR, path + "/start", "").andExpect(status().isOk());
        String finding = com.jayway.jsonpath.JsonPath.read(
                postJson(COORDINATOR, path + "/findings", "{\"title\":\"Lộ mật khẩu\",\"severity\":\"HIGH\"}")
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String ref = com.jayway.jsonpath.JsonPath.read(
                upload(COORDINATOR, "/api/v1/findings/" + finding + "/evidence", "bang-chung.pdf", PDF)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.ref");

        getAs(ASSESSOR, path).andExpect(status().isNotFound());
        getAs(ASSESSOR, path + "/findings").andExpect(status().isNotFound());
        getAs(ASSESSOR, "/api/v1/findings/" + finding).andExpect(status().isNotFound());
        getAs(ASSESSOR, "/api/v1/evidence/" + ref).andExpect(status().isNotFound());
        getAs(ASSESSOR, "/assessments/evidence/" + ref).andExpect(status().isNotFound());
        getAs(OTHER_OFFICER, path).andExpect(status().isNotFound());
        getAs(ASSESSOR, "/api/v1/assessments?size=500")
                .andExpect(jsonPath("$.items[*].id", Matchers.not(Matchers.hasItem(id))));
        getAs(OFFICER, "/api/v1/evidence/" + ref).andExpect(status().isOk());
    }

    @Test
    void anAssessmentOfSystemsOfTwoOwnersOrOfAnotherAgencyIsRefused() throws Exception {
        postJson(COORDINATOR, "/api/v1/assessments", """
                        {"systemCodes":["SNV.QLCB","HUE.DVC"],"assessorCode":"DG.KIEMDINH-DEMO","kind":"OTHER",
                         "plannedStart":"2026-12-01","plannedEnd":"2026-12-05"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("systemCodes"));
        postJson(OTHER_OFFICER, "/api/v1/assessments", """
                        {"systemCodes":["SNV.QLCB"],"assessorCode":"DG.KIEMDINH-DEMO","kind":"OTHER",
                         "plannedStart":"2026-12-01","plannedEnd":"2026-12-05"}""").andExpect(status().isForbidden());
        postJson(COORDINATOR, "/api/v1/assessments", """
                        {"systemCodes":["SNV.QLCB"],"assessorCode":"DG.KIEMDINH-DEMO","kind":"OTHER","periodic":false,
                         "plannedStart":"2026-12-01","plannedEnd":"2026-12-05"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestedBy"));
    }
}
