package vn.khien.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SessionCookie;
import vn.khien.support.Today;

/**
 * Decree 85/2016 Art. 20.2.c, last indent: a level 3+ system is assessed by a licensed, public-service or
 * designated organisation, on every day of the work; checked at start and at "done", with the
 * coordinator's recorded exception. The assessments created by {@link #createAssessment} run from today + 3
 * to today + 13 on the demo's level 3 system; started today, the work runs from today to today + 13.
 */
@KhienIntegrationTest
class AssessorQualificationIntegrationTests extends AssessmentsTestSupport {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final LocalDate TODAY = Today.inVietnam();

    /** An organisation registered by the coordinator with the given licence and mandate JSON (or null). */
    String organisation(String kind, String licence, String mandate) throws Exception {
        String code = uniqueCode("DG.THU");
        postJson(COORDINATOR, "/api/v1/agencies", """
                        {"code":"%s","name":"Tổ chức thử %s","kind":"%s","licence":%s,"mandate":%s}""".formatted(code, code, kind, licence, mandate))
                .andExpect(status().isCreated());
        return code;
    }

    String licensed(String licenceKind, LocalDate from, LocalDate until) throws Exception {
        return organisation("ASSESSMENT_ORGANISATION", """
                        {"number":"45/GP-THU","kind":"%s","issuer":"Bộ Thông tin và Truyền thông",
                         "validFrom":"%s","validUntil":"%s"}""".formatted(licenceKind, from, until), null);
    }

    ResultActions start(String id) throws Exception {
        return postJson(COORDINATOR, "/api/v1/assessments/" + id + "/start", "");
    }

    @Test
    void aLicenceValidThroughTheLastDayOfTheWorkLetsItStart() throws Exception {
        String id = createAssessment(licensed("SECURITY_ASSESSMENT", TODAY.minusYears(1), TODAY.plusDays(13)));
        start(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
    }

    @Test
    void aLicenceExpiringTheDayBeforeTheLastDayIsRefusedWithItsDates() throws Exception {
        String id = createAssessment(licensed("SECURITY_ASSESSMENT", TODAY.minusYears(1), TODAY.plusDays(12)));
        start(id)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assessorCode"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(Matchers.allOf(
                                Matchers.containsString(TODAY.plusDays(12).format(DAY)),
                                Matchers.containsString(TODAY.plusDays(13).format(DAY)),
                                Matchers.containsString("Điều 20 khoản 2 điểm c"))));
        getAs(COORDINATOR, "/api/v1/assessments/" + id)
                .andExpect(jsonPath("$.status").value("PLANNED"));
    }

    @Test
    void aLicenceForAnotherServiceIsRefusedInBothLanguages() throws Exception {
        String id = createAssessment(licensed("MONITORING", TODAY.minusYears(1), TODAY.plusYears(5)));
        start(id)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("Điều 41 khoản 1 điểm a")));
        mvc.perform(post("/api/v1/assessments/" + id + "/start")
                        .with(as(COORDINATOR))
                        .with(SessionCookie.speaking(mvc, "en")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value(Matchers.containsString("is not for the network security inspection and assessment")));
    }

    @Test
    void anOrganisationWithNoLicenceIsRefused() throws Exception {
        String id = createAssessment(organisation("ASSESSMENT_ORGANISATION", null, null));
        start(id)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value(Matchers.containsString("Tổ chức đánh giá chưa có giấy phép hay tư cách nào")));
    }

    @Test
    void aPublicServiceUnitWithTheFunctionMayAssessWithoutALicence() throws Exception {
        String unit = organisation("PUBLIC_SERVICE_UNIT", null, """
                        {"kind":"PUBLIC_SERVICE_FUNCTION","reference":"Quyết định 15/QĐ-UBND về chức năng, nhiệm vụ"}""");
        start(createAssessment(unit)).andExpect(status().isOk());
    }

    @Test
    void aDesignatedOrganisationMayAssessWhileItsDesignationCoversTheWork() throws Exception {
        String designated = organisation("SERVICE_PROVIDER", null, """
                        {"kind":"DESIGNATED","reference":"Quyết định 99/QĐ-UBND chỉ định","validFrom":"%s","validUntil":"%s"}""".formatted(TODAY, TODAY.plusDays(13)));
        start(createAssessment(designated)).andExpect(status().isOk());
        String lapsing = organisation("SERVICE_PROVIDER", null, """
                        {"kind":"DESIGNATED","reference":"Quyết định 98/QĐ-UBND chỉ định","validFrom":"%s","validUntil":"%s"}""".formatted(TODAY, TODAY.plusDays(12)));
        start(createAssessment(lapsing)).andExpect(status().isBadRequest());
    }

    @Test
    void theQualificationIsCheckedAgainWhenTheWorkIsDone() throws Exception {
        String assessor = licensed("SECURITY_ASSESSMENT", TODAY.minusYears(1), TODAY.plusDays(13));
        String id = createAssessment(assessor);
        start(id).andExpect(status().isOk());
        // the licence is withdrawn from yesterday on: the work can no longer be registered as done today
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/agencies/" + assessor)
                        .with(as(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Tổ chức thử","kind":"ASSESSMENT_ORGANISATION","licence":{"number":"45/GP-THU",
                                 "kind":"SECURITY_ASSESSMENT","validFrom":"%s","validUntil":"%s"}}""".formatted(TODAY.minusYears(1), TODAY.minusDays(1))))
                .andExpect(status().isOk());
        postJson(COORDINATOR, "/api/v1/assessments/" + id + "/complete", "{\"completedOn\":\"" + TODAY + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assessorCode"));
    }

    @Test
    void aCompletionRegisteredAfterTheFactNeedsTheLicenceFromThePlannedStartToTheDayItWasDone() throws Exception {
        String expiredBefore = pastAssessment(licensed("SECURITY_ASSESSMENT", TODAY.minusYears(1), TODAY.minusDays(6)));
        postJson(COORDINATOR, "/api/v1/assessments/" + expiredBefore + "/complete", done(TODAY.minusDays(5)))
                .andExpect(status().isBadRequest());
        String validThrough = pastAssessment(licensed("SECURITY_ASSESSMENT", TODAY.minusYears(1), TODAY.minusDays(5)));
        postJson(COORDINATOR, "/api/v1/assessments/" + validThrough + "/complete", done(TODAY.minusDays(5)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
    }

    @Test
    void theCoordinatorsRecordedExceptionLetsAnUnqualifiedAssessorGoAheadAndIsAudited() throws Exception {
        String id = createAssessment(organisation("ASSESSMENT_ORGANISATION", null, null));
        String path = "/api/v1/assessments/" + id + "/qualification-exception";
        postJson(OFFICER, path, "{\"reason\":\"x\"}").andExpect(status().isForbidden());
        postJson(ASSESSOR, path, "{\"reason\":\"x\"}").andExpect(status().isNotFound());
        postJson(COORDINATOR, path, "{\"reason\":\"\"}").andExpect(status().isBadRequest());
        postJson(COORDINATOR, path, "{\"reason\":\"Giấy phép đang được cấp lại\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualificationException").value("Giấy phép đang được cấp lại"));
        start(id).andExpect(status().isOk());
        postJson(COORDINATOR, "/api/v1/assessments/" + id + "/complete", done(TODAY))
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        assertThat(auditActions(id)).contains("assessments.assessment.qualification-exception");
    }

    @Test
    void anAgencyCheckingItsOwnLevelOneOrTwoSystemNeedsNoLicence() throws Exception {
        var system = jdbc.sql("""
                        SELECT s.code, s.owner_code FROM systems.published_system s
                        WHERE s.approved_level BETWEEN 1 AND 2
                          AND NOT EXISTS (SELECT 1 FROM systems.published_arrangement a
                                          WHERE a.system_code = s.code AND a.provider_code IS NULL
                                            AND a.service IN ('MONITORING', 'INCIDENT_RESPONSE', 'PROTECTION'))
                        ORDER BY s.code LIMIT 1""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        String created = postJson(COORDINATOR, "/api/v1/assessments", """
                        {"systemCodes":["%s"],"assessorCode":"%s","kind":"COMPLIANCE_CHECK",
                         "plannedStart":"%s","plannedEnd":"%s"}""".formatted(
                                system[0], system[1], TODAY, TODAY.plusDays(5)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        start(JsonPath.read(created, "$.id")).andExpect(status().isOk());
    }

    @Test
    void theRefusalIsShownOnThePageInTheUsersLanguageAndOnlyTheCoordinatorSeesTheExceptionForm() throws Exception {
        String id = createAssessment(organisation("ASSESSMENT_ORGANISATION", null, null));
        mvc.perform(form(COORDINATOR, "/assessments/" + id + "/start"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nghị định 85/2016, Điều 20 khoản 2 điểm c")))
                .andExpect(content().string(Matchers.containsString("qualification-exception-form")));
        mvc.perform(form(COORDINATOR, "/assessments/" + id + "/start").with(SessionCookie.speaking(mvc, "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Decree 85/2016, Art. 20.2.c")));
        getAs(OFFICER, "/assessments/" + id)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("qualification-exception-form"))));
        mvc.perform(form(OFFICER, "/assessments/" + id + "/qualification-exception")
                        .param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(form(COORDINATOR, "/assessments/" + id + "/qualification-exception")
                        .param("reason", "Giấy phép đang được cấp lại"))
                .andExpect(status().is3xxRedirection());
        getAs(OFFICER, "/assessments/" + id)
                .andExpect(content().string(Matchers.containsString("Giấy phép đang được cấp lại")));
    }

    /** Planned from today − 20 to today − 10 and never started on the platform. */
    String pastAssessment(String assessor) throws Exception {
        String created = postJson(COORDINATOR, "/api/v1/assessments", """
                        {"systemCodes":["%s"],"assessorCode":"%s","kind":"COMPLIANCE_CHECK",
                         "plannedStart":"%s","plannedEnd":"%s"}""".formatted(
                                LEVEL3, assessor, TODAY.minusDays(20), TODAY.minusDays(10)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(created, "$.id");
    }

    static String done(LocalDate day) {
        return "{\"completedOn\":\"" + day + "\"}";
    }
}
