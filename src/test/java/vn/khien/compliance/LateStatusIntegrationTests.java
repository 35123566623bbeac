package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.Today;

/**
 * Late is not met (issue 16 item 4): done within the period but after the last day on time is LATE
 * (Nộp muộn / Done late), for every rule kind with a due day; the API filters on it.
 */
@KhienIntegrationTest
class LateStatusIntegrationTests {

    static final String PASSWORD = KhienIntegrationTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObligationRecompute recompute;

    void acceptedAnnualReport(String agency, LocalDate attestedOn) throws Exception {
        new Attestations(mvc)
                .accepted(agency, "AGENCY_ANNUAL_REPORT", "Báo cáo kết quả kiểm tra, đánh giá năm 2026", attestedOn);
    }

    List<Map<String, Object>> obligations(String param, String code, String rule) throws Exception {
        String json = mvc.perform(get("/api/v1/obligations")
                        .param(param, code)
                        .param("rule", rule)
                        .header("Accept-Language", "vi")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Map<String, Object>> items = JsonPath.read(json, "$.items");
        return items.stream().filter(o -> o.get("subjectCode").equals(code)).toList();
    }

    @Test
    void aReportHandedInOnFiveDecemberIsLateAndOneOnTheFourthIsMet() throws Exception {
        acceptedAnnualReport("H57.04", LocalDate.of(2026, 12, 5));
        acceptedAnnualReport("H57.05", LocalDate.of(2026, 12, 4));
        recompute.all(Today.inVietnam());
        assertThat(obligations("agency", "H57.04", "ct14.agency-annual-report"))
                .filteredOn(o -> o.get("dueDate").equals("2026-12-04"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o).containsEntry("status", "LATE");
                    assertThat((String) o.get("reason")).contains("05/12/2026").contains("04/12/2026");
                });
        assertThat(obligations("agency", "H57.05", "ct14.agency-annual-report"))
                .filteredOn(o -> o.get("dueDate").equals("2026-12-04"))
                .singleElement()
                .satisfies(o -> assertThat(o).containsEntry("status", "MET"));
        mvc.perform(get("/api/v1/obligations")
                        .param("status", "LATE")
                        .param("rule", "ct14.agency-annual-report")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].status", everyItem(is("LATE"))))
                .andExpect(jsonPath("$.items[?(@.subjectCode == 'H57.04')]").isNotEmpty());
    }

    @Test
    void anOrganisationReviewDoneMoreThanTwoYearsAfterThePreviousOneIsLateForTheCadence() throws Exception {
        var assessments = new AssessmentRulesIntegrationTests.Assessments(mvc);
        assessments.completed("SGDDT.CSDLGD", "DG.KIEMDINH-DEMO", LocalDate.of(2023, 1, 10), "WHOLE_ORGANISATION");
        assessments.completed("SGDDT.CSDLGD", "DG.KIEMDINH-DEMO", LocalDate.of(2025, 3, 1), "WHOLE_ORGANISATION");
        recompute.all(Today.inVietnam());
        assertThat(obligations("agency", "H57.09", "nd85.organisation-review"))
                .singleElement()
                .satisfies(o -> assertThat(o).containsEntry("status", "LATE").containsEntry("dueDate", "2027-03-01"));
    }

    @Test
    void theDemoProvinceShowsALateAnnualReportAsLate() throws Exception {
        recompute.all(Today.inVietnam());
        assertThat(obligations("agency", "H57.07", "ct14.agency-annual-report"))
                .extracting(o -> o.get("status"))
                .contains("LATE");
    }
}
