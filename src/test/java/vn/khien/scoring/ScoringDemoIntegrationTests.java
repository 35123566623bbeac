package vn.khien.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

/**
 * The demo campaigns and the automatic criteria on the demo province's data, each checked against the
 * same facts read another way (the registry's tables, the obligations API as of the cut-off).
 */
@KhienIntegrationTest
class ScoringDemoIntegrationTests extends ScoringTestSupport {

    private long campaignOf(int year) {
        return jdbc.sql("SELECT id FROM scoring.campaign WHERE year = ? AND set_code = 'HUE-ATTT'")
                .param(year)
                .query(Long.class)
                .single();
    }

    private String input(long campaign, String agency, String criterion) throws Exception {
        String json = getAs(COORDINATOR, path(campaign) + "/agencies/" + agency)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> inputs = JsonPath.read(json, "$.groups[*].criteria[?(@.code == '" + criterion + "')].input");
        return inputs.get(0);
    }

    @Test
    void theDemoHasA2025RankingPublishedAndA2026CampaignInSelfAssessment() throws Exception {
        getAs(COORDINATOR, path(campaignOf(2025))).andExpect(jsonPath("$.state").value("PUBLISHED"));
        getAs(COORDINATOR, path(campaignOf(2026)))
                .andExpect(jsonPath("$.state").value("SELF_ASSESSMENT"))
                .andExpect(jsonPath("$.closesOn").value("2026-12-31"));
        getAs(COORDINATOR, "/api/v1/scoring/criteria-sets")
                .andExpect(jsonPath("$.items[?(@.code == 'HUE-ATTT')].frozen", Matchers.hasItem(true)));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM scoring.publication_score s JOIN scoring.campaign c ON c.id = s.campaign"
                                        + " WHERE c.year = 2025 AND NOT s.submitted")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void focalPointsAndLevelApprovalAreCountedAsOfTheCutOff() throws Exception {
        // the open 2026 campaign is counted live (the published 2025 one is frozen, and other tests add
        // systems to these agencies after it was published)
        long id = campaignOf(2026);
        for (String agency : new String[] {"H57.02", "H57.10", "H57.P01"}) {
            long inOffice = jdbc.sql("""
                            SELECT count(DISTINCT role) FROM agencies.focal_point WHERE agency_code = ?
                               AND role IN ('SECURITY_UNIT', 'INCIDENT_CONTACT') AND valid_from <= DATE '2026-12-31'
                               AND (valid_to IS NULL OR valid_to > DATE '2026-12-31')""").param(agency).query(Long.class).single();
            assertThat(input(id, agency, "1.3")).as(agency).isEqualTo(inOffice + " / 2");
            Map<String, Object> systems = jdbc.sql("""
                            SELECT count(*) FILTER (WHERE approved_level IS NOT NULL AND decision_date <= DATE '2026-12-31') AS approved,
                                   count(*) AS known
                              FROM systems.information_system
                             WHERE owner_code = ? AND status = 'IN_OPERATION'
                               AND least((registered_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, decision_date) <= DATE '2026-12-31'""").param(agency).query().singleRow();
            String expected = ((Number) systems.get("known")).longValue() == 0
                    ? "Không có gì để tính"
                    : systems.get("approved") + " / " + systems.get("known");
            assertThat(input(id, agency, "2.4")).as(agency).isEqualTo(expected);
        }
    }

    @Test
    void obligationsMetOnTimeCountTheObligationsAsOfTheCutOff() throws Exception {
        long id = campaignOf(2026);
        String json = getAs(COORDINATOR, "/api/v1/obligations?agency=H57.10&asOf=2026-12-31&size=500")
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> statuses = JsonPath.read(json, "$.items[*].status");
        long met = statuses.stream().filter("MET"::equals).count();
        long against = statuses.stream()
                .filter(s -> List.of("LATE", "VIOLATED", "OVERDUE").contains(s))
                .count();
        String expected = met + against == 0 ? "Không có gì để tính" : met + " / " + (met + against);
        assertThat(input(id, "H57.10", "5.1")).isEqualTo(expected);
    }

    @Test
    void theCoordinatorsPagesListTheCampaignsAndTheBoard() throws Exception {
        getAs(COORDINATOR, "/scoring")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("năm 2025")))
                .andExpect(content().string(Matchers.containsString("campaign-form")));
        getAs(COORDINATOR, "/scoring/campaigns/" + campaignOf(2026))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("close-campaign")));
        getAs(OFFICER, "/scoring/campaigns/" + campaignOf(2026) + "/agencies/H57.02")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("submit-answers")))
                .andExpect(content().string(Matchers.containsString("href=\"/compliance/obligations?agency=H57.02\"")))
                .andExpect(content().string(Matchers.containsString("href=\"/agencies/H57.02\"")))
                .andExpect(content().string(Matchers.containsString("Xem các hồ sơ được tính và việc cần làm")));
        getAs(OFFICER, "/")
                .andExpect(content()
                        .string(Matchers.containsString("Tự đánh giá năm 2026 của Sở Nội vụ: hạn nộp 31/12/2026")));
    }
}
