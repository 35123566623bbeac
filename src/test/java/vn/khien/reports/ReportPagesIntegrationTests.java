package vn.khien.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.khien.reports.domain.Narrative;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/** The pages: each role sees what it may, another agency's report and files answer 404, forms re-show problems. */
@KhienIntegrationTest
class ReportPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ReportArchive archive;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theOfficerOpensWritesAndTheHeadApprovesAndSubmitsFromThePages() throws Exception {
        String location = page(
                        "canbo.thuanhoa", post("/reports").param("year", "2027").with(csrf()))
                .andExpect(redirectedUrlPattern("/reports/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String html = html(page("canbo.thuanhoa", get(location)).andExpect(status().isOk()));
        assertThat(html).contains("narrative-form").contains("Phụ lục 1. Hệ thống thông tin theo cấp độ");
        page(
                        "canbo.thuanhoa",
                        post(location + "/narrative")
                                .param("situation", "x".repeat(Narrative.MAX_LENGTH + 1))
                                .param("cutOff", "")
                                .with(csrf()))
                .andExpect(status().isOk());
        page(
                        "canbo.thuanhoa",
                        post(location + "/narrative")
                                .param("situation", "Tình hình ổn định.")
                                .param("cutOff", "")
                                .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(html(page("canbo.thuanhoa", get(location)))).contains("ổn định.", "Đang soạn");
        page("canbo.sonv", get(location)).andExpect(status().isNotFound());
        page("canbo.sonv", get(location + "/document").param("format", "pdf")).andExpect(status().isNotFound());
        page("canbo.sonv", get(location + "/signed")).andExpect(status().isNotFound());
    }

    @Test
    void theCoordinatorsBoardShowsWhoReportedOnTimeLateOrNotAtAll() throws Exception {
        SignedIn.inSecurityContext(accounts, "dieuphoi");
        long onTime = archive.recordSubmitted("H57.03", 2024, "Ổn định.", "3/BC", LocalDate.of(2024, 12, 2));
        long late = archive.recordSubmitted("H57.06", 2024, "Ổn định.", "9/BC", LocalDate.of(2024, 12, 9));
        SecurityContextHolder.clearContext();
        String submitted =
                html(page("dieuphoi", get("/reports").param("year", "2024").param("status", "SUBMITTED"))
                        .andExpect(status().isOk()));
        assertThat(submitted)
                .contains("board-" + onTime)
                .contains("board-" + late)
                .contains("Đúng hạn")
                .contains("Nộp muộn");
        assertThat(html(page("dieuphoi", get("/reports").param("year", "2024"))))
                .contains("Chưa gửi, quá hạn");
        assertThat(html(page("dieuphoi", get("/reports/" + onTime)))).contains("return-form");
        page("danhgia", get("/reports")).andExpect(status().isForbidden());
        page("danhgia", get("/reports/" + onTime)).andExpect(status().isForbidden());
        page("giamsat", get("/reports/" + onTime)).andExpect(status().isForbidden());
    }

    @Test
    void theFilesAreGeneratedInTheBackgroundWhileThePagePollsTheProgress() throws Exception {
        SignedIn.inSecurityContext(accounts, "dieuphoi");
        long id = archive.openDraft("H57.11", 2024, "Ổn định.");
        SecurityContextHolder.clearContext();
        page("canbo.sonv", post("/reports/" + id + "/generate").with(csrf())).andExpect(status().isNotFound());
        page("danhgia", post("/reports/" + id + "/generate").with(csrf())).andExpect(status().isForbidden());
        page("dieuphoi", post("/reports/" + id + "/generate").with(csrf())).andExpect(redirectedUrl("/reports/" + id));
        String fragment = "";
        for (int attempt = 0; attempt < 120 && !fragment.contains("generation-done"); attempt++) {
            Thread.sleep(250);
            fragment =
                    html(page("dieuphoi", get("/reports/" + id + "/generation")).andExpect(status().isOk()));
            assertThat(fragment).doesNotContain("generation-failed");
        }
        assertThat(fragment).contains("generation-done").doesNotContain("hx-trigger");
        assertThat(html(page("dieuphoi", get("/reports/" + id))))
                .contains("bao-cao-H57-11-2024-v1.pdf")
                .contains("bao-cao-H57-11-2024-v1.xlsx");
        page("canbo.sonv", get("/reports/" + id + "/generation")).andExpect(status().isNotFound());
    }

    @Test
    void fromNovemberTheHomePageRemindsAnAgencyOfItsYearsReportUntilSubmitted() throws Exception {
        var today = vn.khien.support.Today.inVietnam();
        org.junit.jupiter.api.Assumptions.assumeTrue(today.getMonthValue() >= 11, "the reminder starts on 1 November");
        assertThat(html(page("canbo.thuanhoa", get("/")).andExpect(status().isOk())))
                .contains("Báo cáo kết quả kiểm tra, đánh giá năm " + today.getYear() + " của");
        assertThat(html(page("dieuphoi", get("/")))).doesNotContain("hạn gửi Sở trước ngày");
    }

    @Test
    void onlyTheCoordinatorOpensTheConsolidatedReportToTheMinistry() throws Exception {
        page(
                        "dieuphoi",
                        post("/reports/provincial")
                                .param("kind", "PROVINCIAL_ANNUAL")
                                .param("year", "2024")
                                .with(csrf()))
                .andExpect(redirectedUrlPattern("/reports/*"));
        page(
                        "canbo.sonv",
                        post("/reports/provincial")
                                .param("kind", "PROVINCIAL_ANNUAL")
                                .param("year", "2024")
                                .with(csrf()))
                .andExpect(status().isForbidden());
    }

    ResultActions page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SignedIn.as(accounts, user)).header("Accept-Language", "vi"));
    }

    static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
