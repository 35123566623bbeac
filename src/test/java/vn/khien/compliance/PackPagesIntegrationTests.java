package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.compliance.application.PackCatalogue;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SessionCookie;
import vn.khien.support.SignedIn;
import vn.khien.support.Today;

@KhienIntegrationTest
class PackPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PackCatalogue catalogue;

    @Test
    void everyoneReadsTheRulesWithTheirLegalSourceButOnlyTheCoordinatorEdits() throws Exception {
        mvc.perform(get("/compliance/packs/CT14-2019").with(SignedIn.as(users, "canbo.sonv")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ct14.security-budget-share")))
                .andExpect(content().string(containsString("Chỉ thị 14/CT-TTg")));
        mvc.perform(get("/compliance/packs/CT14-2019/edit").with(SignedIn.as(users, "canbo.sonv")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/compliance/packs/NO-SUCH").with(SignedIn.as(users, "dieuphoi")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aProvincialSettingIsShownByItsLabelInBothLanguagesNeverByItsCodeName() throws Exception {
        mvc.perform(get("/compliance/packs/CT14-2019").with(SignedIn.as(users, "dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chu kỳ xác nhận lại đầu mối ứng cứu sự cố (tháng)")))
                .andExpect(content().string(containsString("Thiết lập của tỉnh — chưa đặt")))
                .andExpect(content().string(not(containsString("<code>months</code>"))))
                .andExpect(content().string(not(containsString("ownerLeadDays"))));
        mvc.perform(get("/compliance/packs/ND85-2016")
                        .with(SessionCookie.speaking(mvc, "en"))
                        .with(SignedIn.as(users, "dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Drill interval (months)")))
                .andExpect(content().string(containsString("Provincial setting — not set")))
                .andExpect(content().string(containsString("not evaluated until the province sets this value")))
                .andExpect(content().string(not(containsString("validMonths"))));
    }

    @Test
    void aBrokenEditIsReShownWithTheProblemAndStoresNothing() throws Exception {
        int before = catalogue.history("ND85-2016").size();
        mvc.perform(post("/compliance/packs/ND85-2016/edit")
                        .param("action", "save")
                        .param("content", "code: ND85-2016\nrules: [")
                        .param("effectiveFrom", Today.inVietnam().plusDays(1).toString())
                        .with(csrf())
                        .with(SignedIn.as(users, "dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nội dung không dùng được")));
        assertThat(catalogue.history("ND85-2016")).hasSize(before);
    }

    @Test
    void theCoordinatorPreviewsTheDifferenceThenSavesANewVersion() throws Exception {
        String current = catalogue.history("ND85-2016").get(0).content();
        String edited = current.replace("months: 24", "months: 36");
        String tomorrow = Today.inVietnam().plusDays(1).toString();
        mvc.perform(post("/compliance/packs/ND85-2016/edit")
                        .param("action", "preview")
                        .param("content", edited)
                        .param("effectiveFrom", tomorrow)
                        .with(csrf())
                        .with(SignedIn.as(users, "dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("+       months: 36")))
                .andExpect(content().string(containsString("-       months: 24")));
        mvc.perform(post("/compliance/packs/ND85-2016/edit")
                        .param("action", "save")
                        .param("content", edited)
                        .param("effectiveFrom", tomorrow)
                        .param("note", "Thử nghiệm")
                        .with(csrf())
                        .with(SignedIn.as(users, "dieuphoi")))
                .andExpect(redirectedUrl("/compliance/packs/ND85-2016"));
        var latest = catalogue.history("ND85-2016").get(0);
        assertThat(latest.source()).isEqualTo("EDITED");
        assertThat(latest.effectiveFrom()).isEqualTo(LocalDate.parse(tomorrow));
        assertThat(catalogue
                        .inForce("ND85-2016", Today.inVietnam())
                        .orElseThrow()
                        .version())
                .isLessThan(latest.pack().version());
    }
}
