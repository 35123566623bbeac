package vn.khien.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

/** An agency's published scorecard and the charts of the public page: no sign-in, published data only. */
@KhienIntegrationTest
class PublicScorecardIntegrationTests extends ScoringTestSupport {

    @Test
    void thePublishedScorecardShowsGroupsCriteriaAndPointsButNotTheAnswersOrTheCoordinatorsReason() throws Exception {
        long id = campaignInSelfAssessment(2005);
        submit(OFFICER, id, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isOk());
        postJson(COORDINATOR, path(id) + "/close", "{}").andExpect(status().isOk());
        postJson(
                        COORDINATOR,
                        path(id) + "/agencies/" + AGENCY + "/verifications",
                        "{\"criterionCode\":\"1.2\",\"points\":5,\"reason\":\"Biên bản nội bộ chưa ký\"}")
                .andExpect(status().isOk());
        postJson(COORDINATOR, path(id) + "/publish", "{}").andExpect(status().isOk());

        String page = publicGet("/xep-hang/2005/" + AGENCY)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Sở Nội vụ", "Nhóm", "Đầu mối", "Quy chế", "5 / 6 điểm", "Tự động")
                .doesNotContain("Biên bản nội bộ chưa ký", "evidence", "/scoring/");
        publicGet("/xep-hang/2005/" + AGENCY + "?lang=en")
                .andExpect(content().string(Matchers.containsString("Regulation")));
        publicGet("/xep-hang/2005")
                .andExpect(
                        content().string(Matchers.containsString("href=\"/xep-hang/2005/" + AGENCY + "?version=1\"")));
    }

    @Test
    void noScorecardOfAnUnpublishedCampaignAnUnknownAgencyOrVersionIsReachable() throws Exception {
        long open = campaignInSelfAssessment(2004);
        submit(OFFICER, open, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isOk());
        publicGet("/xep-hang/2004/" + AGENCY).andExpect(status().isNotFound());
        publicGet("/xep-hang/2026/" + AGENCY).andExpect(status().isNotFound());
        publicGet("/xep-hang/2025/H57.99.99").andExpect(status().isNotFound());
        publicGet("/xep-hang/2025/" + AGENCY + "?version=99").andExpect(status().isNotFound());
        publicGet("/xep-hang/" + open + "/" + AGENCY).andExpect(status().isNotFound());
        publicGet("/xep-hang/2025/" + AGENCY).andExpect(status().isOk());
    }

    @Test
    void theScorecardIsTaggedPerVersionAndLanguage() throws Exception {
        String tag =
                publicGet("/xep-hang/2025/" + AGENCY).andReturn().getResponse().getHeader("ETag");
        assertThat(tag).isNotBlank();
        mvc.perform(get("/xep-hang/2025/" + AGENCY).header("If-None-Match", tag))
                .andExpect(status().isNotModified());
        String english = publicGet("/xep-hang/2025/" + AGENCY + "?lang=en")
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(english).isNotEqualTo(tag);
    }

    @Test
    void theYearPageDrawsTheGradeDistributionAndTheTrendAsLabelledInlineSvg() throws Exception {
        String page = publicGet("/xep-hang/2025").andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("<svg", "role=\"img\"", "aria-labelledby=\"chart-grades-title chart-grades-desc\"")
                .contains("Số đơn vị theo xếp loại", "Điểm trung bình của tỉnh qua các năm", "Năm 2025: ")
                .containsPattern("Tốt: \\d+ đơn vị;")
                .doesNotContain("<script");
        assertThat(page).containsPattern("<polyline[^>]*points=\"[0-9, ]+\"");
    }

    @Test
    void theYearPageShowsOneTableAtATimeOverallOrOneKindPageByPage() throws Exception {
        String overall = publicGet("/xep-hang/2025").andReturn().getResponse().getContentAsString();
        assertThat(overall).contains("id=\"overall-table\"", "?version=1&amp;kind=PROVINCIAL_DEPARTMENT");
        publicGet("/xep-hang/2025?kind=PROVINCIAL_DEPARTMENT")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sở Nội vụ")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Ủy ban nhân dân xã"))));
        publicGet("/xep-hang/2025?page=99")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Sở Nội vụ"))));
        publicGet("/xep-hang/2025?kind=NOT_A_KIND").andExpect(status().isBadRequest());
    }
}
