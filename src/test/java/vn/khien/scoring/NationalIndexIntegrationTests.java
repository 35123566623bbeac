package vn.khien.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.KhienIntegrationTest;

/** The national index: the coordinator records and follows up; everyone of the province reads; others 403. */
@KhienIntegrationTest
class NationalIndexIntegrationTests extends ScoringTestSupport {

    static final String PAGE = "/scoring/national-index";

    static Map<String, String> result(int year, String rank) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("year", Integer.toString(year));
        f.put("methodology", "Chỉ số an toàn thông tin (CSI)");
        f.put("rank", rank);
        f.put("provinces", "63");
        f.put("score", "0,62");
        f.put("maxScore", "1");
        f.put("sourceNumber", "1234/CATTT-NCSC");
        f.put("sourceDate", year + 1 + "-03-15");
        f.put("pillars[0].name", "Pháp lý");
        f.put("pillars[0].score", "0,7");
        f.put("pillars[1].name", "Kỹ thuật");
        f.put("pillars[1].score", "0,55");
        return f;
    }

    ResultActions record(String user, Map<String, String> fields) throws Exception {
        var request = form(user, PAGE);
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    @Test
    void theCoordinatorRecordsYearsAndEveryoneOfTheProvinceReadsTheTrend() throws Exception {
        record(COORDINATOR, result(2011, "40")).andExpect(redirectedUrl(PAGE));
        record(COORDINATOR, result(2012, "31")).andExpect(redirectedUrl(PAGE));
        record(COORDINATOR, result(2012, "30")).andExpect(redirectedUrl(PAGE));

        for (String user : new String[] {COORDINATOR, OFFICER, HEAD, OBSERVER}) {
            getAs(user, PAGE)
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("30/63")))
                    .andExpect(content().string(containsString("Pháp lý: 0,70")))
                    .andExpect(content().string(containsString("id=\"rank-trend\"")))
                    .andExpect(content().string(containsString("Số 1234/CATTT-NCSC ngày 15/03/2013")));
        }
        getAs(OFFICER, PAGE)
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"national-form\""))));
        assertThat(audited("scoring-national-result", "2012"))
                .containsExactly("scoring.national-result.recorded", "scoring.national-result.corrected");
        getAs(OFFICER, "/api/v1/scoring/national-index/2012")
                .andExpect(jsonPath("$.rank").value(30))
                .andExpect(jsonPath("$.pillars[1].name").value("Kỹ thuật"));
    }

    @Test
    void aWrongResultComesBackWithMessagesAndNothingIsStored() throws Exception {
        Map<String, String> wrong = result(2013, "70");
        wrong.put("pillars[1].name", "pháp lý");
        wrong.put("sourceNumber", "");
        record(COORDINATOR, wrong)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thứ hạng không thể lớn hơn số tỉnh, thành phố (63)")))
                .andExpect(content().string(containsString("Trụ cột pháp lý đã ghi ở trên")))
                .andExpect(content().string(containsString("Nhập nội dung (tối đa 100 ký tự)")));
        getAs(COORDINATOR, "/api/v1/scoring/national-index/2013").andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/scoring/national-index/2013")
                        .with(as(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"methodology\":\"CSI\",\"sourceNumber\":\"1\",\"sourceDate\":\"2014-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rank"));
    }

    @Test
    void theFindingsOfAYearAreFollowedUpAsARemediationCampaign() throws Exception {
        record(COORDINATOR, result(2014, "25")).andExpect(redirectedUrl(PAGE));
        mvc.perform(form(COORDINATOR, PAGE + "/2014/remediation")).andExpect(redirectedUrl(PAGE));
        String json = getAs(COORDINATOR, "/api/v1/scoring/national-index/2014")
                .andReturn()
                .getResponse()
                .getContentAsString();
        String campaign = JsonPath.read(json, "$.followup.campaignId");
        mvc.perform(form(COORDINATOR, "/assessments/campaigns/" + campaign + "/findings")
                        .param("agencyCode", AGENCY)
                        .param("title", "Chưa có quy chế bảo đảm an toàn thông tin")
                        .param("severity", "HIGH"))
                .andExpect(status().is3xxRedirection());

        getAs(OBSERVER, PAGE)
                .andExpect(content().string(containsString("/assessments/campaigns/" + campaign)))
                .andExpect(content().string(containsString("Còn 1 trên 1 tồn tại chưa đóng")));
        mvc.perform(form(COORDINATOR, PAGE + "/2014/remediation")).andExpect(redirectedUrl(PAGE));
        assertThat(audited("scoring-national-result", "2014")).contains("scoring.national-result.remediation-opened");
    }

    @Test
    void onlyTheCoordinatorRecordsAndOutsidersSeeNothing() throws Exception {
        record(COORDINATOR, result(2010, "50")).andExpect(redirectedUrl(PAGE));
        for (String user : new String[] {OFFICER, HEAD, OBSERVER}) {
            record(user, result(2010, "1")).andExpect(status().isForbidden());
            mvc.perform(form(user, PAGE + "/2010/remediation")).andExpect(status().isForbidden());
            mvc.perform(
                            put("/api/v1/scoring/national-index/2010")
                                    .with(as(user))
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(
                                            "{\"methodology\":\"CSI\",\"rank\":1,\"sourceNumber\":\"1\",\"sourceDate\":\"2011-01-01\"}"))
                    .andExpect(status().isForbidden());
        }
        for (String user : new String[] {ASSESSOR, PROVIDER}) {
            getAs(user, PAGE).andExpect(status().isForbidden());
            getAs(user, "/api/v1/scoring/national-index").andExpect(status().isForbidden());
        }
        getAs(COORDINATOR, "/api/v1/scoring/national-index/2010")
                .andExpect(jsonPath("$.rank").value(50));
    }
}
