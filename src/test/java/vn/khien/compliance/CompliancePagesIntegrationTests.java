package vn.khien.compliance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

@KhienIntegrationTest
class CompliancePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ObligationRecompute recompute;

    @BeforeEach
    void evaluate() {
        recompute.all(LocalDate.of(2026, 11, 25));
    }

    @Test
    void theDashboardShowsRulesAndTheFourLayersInVietnamese() throws Exception {
        mvc.perform(get("/compliance").with(SignedIn.as(users, "dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mô hình bảo vệ 4 lớp")))
                .andExpect(content().string(containsString("ct14.focal-unit")))
                .andExpect(content().string(containsString("Lớp 4 · Kết nối quốc gia")));
    }

    @Test
    void anAgencyOfficerSeesOnlyTheirAgencyOnTheDashboardAndInTheList() throws Exception {
        mvc.perform(get("/compliance").with(SignedIn.as(users, "canbo.sonv")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Sở Y tế"))));
        mvc.perform(get("/compliance/obligations").param("agency", "H57.10").with(SignedIn.as(users, "canbo.sonv")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có nghĩa vụ nào phù hợp")));
    }

    @Test
    void theListAnswersAsOfADayTypedTheVietnameseWay() throws Exception {
        mvc.perform(get("/compliance/obligations")
                        .param("system", "BCHQS.CHIHUY")
                        .param("asOf", "01/03/2027")
                        .with(SignedIn.as(users, "dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đánh giá theo ngày 01/03/2027")))
                .andExpect(content().string(containsString("14/06/2027")));
    }

    @Test
    void theProvinceDashboardPagesTheHeatMapAndTheFourLayersBeyondTheFirstAgencies() throws Exception {
        mvc.perform(get("/compliance").with(SignedIn.as(users, "dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("heatPage=1")))
                .andExpect(content().string(containsString("layersPage=1")));
    }

    @Test
    void aMetObligationLinksToTheRecordThatMetIt() throws Exception {
        mvc.perform(get("/compliance/obligations")
                        .param("rule", "ct14.focal-unit")
                        .param("status", "MET")
                        .with(SignedIn.as(users, "dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("?tab=focal-points")));
    }
}
