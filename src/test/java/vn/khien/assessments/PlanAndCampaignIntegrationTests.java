package vn.khien.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khien.assessments.application.CampaignManagement;
import vn.khien.assessments.application.OverdueFindings;
import vn.khien.assessments.application.PlanManagement;
import vn.khien.shared.SystemActor;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.Today;

@KhienIntegrationTest
class PlanAndCampaignIntegrationTests extends AssessmentsTestSupport {

    @Autowired
    PlanManagement plans;

    @Autowired
    CampaignManagement campaigns;

    @Autowired
    OverdueFindings overdue;

    @Test
    void anApprovedPlanPreFillsOnePlannedAssessmentPerItem() {
        int year = 2030 + (int) (System.nanoTime() % 60);
        SystemActor.run("test", () -> {
            UUID plan = plans.create("H57.02", year);
            plans.addItem(
                    plan,
                    LEVEL3,
                    AssessmentKind.COMPLIANCE_CHECK,
                    "DG.KIEMDINH-DEMO",
                    LocalDate.of(year, 9, 1),
                    LocalDate.of(year, 9, 15));
            plans.submit(plan);
            List<UUID> created = plans.approve(plan);

            assertThat(created).hasSize(1);
            assertThat(jdbc.sql("SELECT status FROM assessments.published_plan WHERE plan_id = ?")
                            .param(plan)
                            .query(String.class)
                            .single())
                    .isEqualTo("APPROVED");
            assertThat(jdbc.sql("SELECT plan_id FROM assessments.assessment WHERE id = ?")
                            .param(created.get(0))
                            .query(UUID.class)
                            .single())
                    .isEqualTo(plan);
        });
    }

    @Test
    void aCampaignFindingIsAssignedToAnAgencyAndSeenOnlyByIt() throws Exception {
        UUID[] finding = new UUID[2];
        SystemActor.run("test", () -> {
            UUID campaign = campaigns.create("Rà soát thử nghiệm", "Danh sách quốc gia");
            finding[1] = campaign;
            finding[0] = campaigns.addFinding(
                    campaign,
                    "H57.02",
                    new NewFinding(
                            null, "Máy chủ dùng hệ điều hành hết hỗ trợ", null, null, Severity.HIGH, null, null));
            assertThat(campaigns.campaign(campaign).findings()).isEqualTo(1);
        });
        getAs(OFFICER, "/api/v1/findings/" + finding[0])
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.agencyName")
                        .value("Sở Nội vụ"));
        // the campaign's finding table names the agency, its code as a tooltip
        getAs(COORDINATOR, "/assessments/campaigns/" + finding[1])
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("title=\"H57.02\">Sở Nội vụ</td>")));
        getAs(OTHER_OFFICER, "/api/v1/findings/" + finding[0]).andExpect(status().isNotFound());
        getAs(ASSESSOR, "/api/v1/findings/" + finding[0]).andExpect(status().isNotFound());
    }

    @Test
    void theDailyJobPublishesRemediationOverdueOncePerFinding() throws Exception {
        String finding = startedWithFinding()[1];
        LocalDate wellAfter = Today.inVietnam().plusYears(5);

        overdue.markOverdue(wellAfter);
        overdue.markOverdue(wellAfter.plusDays(1));

        assertThat(auditActions(finding)).containsOnlyOnce("assessments.finding.overdue");
        getAs(OFFICER, "/api/v1/findings?overdue=false&size=500").andExpect(status().isOk());
    }
}
