package vn.khien.assessments;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class AssessmentPagesIntegrationTests extends AssessmentsTestSupport {

    @Test
    void everyPageRendersForTheCoordinatorTheAgencyAndTheAssessor() throws Exception {
        String[] ids = startedWithFinding();
        for (String user : new String[] {COORDINATOR, OFFICER, ASSESSOR}) {
            for (String page : new String[] {
                "/assessments",
                "/assessments/" + ids[0],
                "/findings/" + ids[1],
                "/findings",
                "/findings/board",
                "/findings/board?agency=H57.02"
            }) {
                mvc.perform(get(page).with(as(user))).andExpect(status().isOk());
            }
        }
        mvc.perform(get("/assessments/new").with(as(COORDINATOR))).andExpect(status().isOk());
        mvc.perform(get("/assessments/plans").with(as(OFFICER))).andExpect(status().isOk());
        mvc.perform(get("/assessments/campaigns").with(as(COORDINATOR))).andExpect(status().isOk());
        mvc.perform(get("/findings/export.xlsx?agency=H57.02").with(as(OFFICER)))
                .andExpect(status().isOk());
    }

    @Test
    void everyDemoCampaignAndPlanPageRendersForTheCoordinatorWithUngroupedYears() throws Exception {
        var campaigns = jdbc.sql("SELECT id FROM assessments.campaign")
                .query(String.class)
                .list();
        var plans =
                jdbc.sql("SELECT id FROM assessments.plan").query(String.class).list();
        org.assertj.core.api.Assertions.assertThat(campaigns).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(plans).isNotEmpty();
        for (String id : campaigns) {
            mvc.perform(get("/assessments/campaigns/" + id).with(as(COORDINATOR)))
                    .andExpect(status().isOk());
        }
        for (String id : plans) {
            mvc.perform(get("/assessments/plans/" + id).with(as(COORDINATOR)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.matchesPattern("(?s).*\\b2\\.0[0-9]{2}\\b.*"))));
        }
    }

    @Test
    void planningFromThePageRedirectsToTheNewAssessmentOrReShowsTheFormWithMessages() throws Exception {
        mvc.perform(form(COORDINATOR, "/assessments")
                        .param("systemCodes", LEVEL3)
                        .param("assessorCode", "DG.KIEMDINH-DEMO")
                        .param("kind", "COMPLIANCE_CHECK")
                        .param("periodic", "true")
                        .param("plannedStart", "2026-12-01")
                        .param("plannedEnd", "2026-12-10"))
                .andExpect(redirectedUrlPattern("/assessments/*"));
        mvc.perform(form(COORDINATOR, "/assessments")
                        .param("systemCodes", "KHONG.CO")
                        .param("assessorCode", "DG.KIEMDINH-DEMO")
                        .param("kind", "COMPLIANCE_CHECK"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("KHONG.CO")));
    }

    @Test
    void theIndependenceRefusalIsShownOnThePage() throws Exception {
        String id = createAssessment("VT.VIETTEL-HUE");
        mvc.perform(form(COORDINATOR, "/assessments/" + id + "/start"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("INCIDENT_RESPONSE")));
    }

    @Test
    void hiddenAssessmentsAndFindingsAnswerNotFoundOnPages() throws Exception {
        String id = createAssessment("VT.VIETTEL-HUE");
        String finding = startedWithFinding()[1];
        mvc.perform(get("/assessments/" + id).with(as(ASSESSOR))).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/" + id).with(as(OTHER_OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/findings/" + finding).with(as(OTHER_OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/findings/" + finding).with(as("giamsat"))).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/campaigns").with(as(OFFICER))).andExpect(status().isForbidden());
    }
}
