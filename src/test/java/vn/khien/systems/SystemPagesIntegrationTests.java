package vn.khien.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class SystemPagesIntegrationTests extends SystemsTestSupport {

    private static final String ADMIN = "dieuphoi";

    @Test
    void theListSearchesWithoutAccentsAndFilters() throws Exception {
        getAs(ADMIN, "/systems?q=hue&type=CITIZEN_SERVICE")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Cổng dịch vụ công thành phố Huế")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Hệ thống thư điện tử công vụ"))))
                .andExpect(content().string(Matchers.containsString("Hệ thống thông tin")));
    }

    @Test
    void everyTabOfTheDetailPageRenders() throws Exception {
        for (String tab : new String[] {"overview", "assets", "products", "arrangements", "dossiers", "history"}) {
            getAs(ADMIN, "/systems/HUE.DVC?tab=" + tab).andExpect(status().isOk());
        }
        getAs(ADMIN, "/systems/HUE.DVC?tab=arrangements")
                .andExpect(content().string(Matchers.containsString("Giám sát an toàn thông tin")));
        getAs(ADMIN, "/systems/HUE.DVC/dossiers/1")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã phê duyệt")));
    }

    @Test
    void aComponentAboveTheApprovedLevelAndAProposedLevelTooLowAreWarnedAbout() throws Exception {
        getAs(ADMIN, "/systems/HUE.PORTAL")
                .andExpect(content().string(Matchers.containsString("id=\"component-warning\"")));
        getAs(ADMIN, "/systems/SYT.TCMR").andExpect(content().string(Matchers.containsString("từ 10.000 người")));
        String code = registerSystem("WARN", "H57.09", "SHARED_INFRASTRUCTURE");
        getAs(ADMIN, "/systems/" + code).andExpect(content().string(Matchers.containsString("id=\"level-warning\"")));
    }

    @Test
    void theRegistrationFormShowsMessagesInVietnameseAndSavesNothing() throws Exception {
        long before = count("information_system");
        mvc.perform(form(ADMIN, "/systems/new")
                        .param("code", "a")
                        .param("name", "")
                        .param("ownerCode", "NO.SUCH")
                        .param("type", "INTERNAL")
                        .param("components", "9 | Quá cấp"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mã hệ thống gồm 2–40 ký tự")))
                .andExpect(content().string(Matchers.containsString("Vui lòng nhập tên hệ thống")))
                .andExpect(content().string(Matchers.containsString("Không tìm thấy cơ quan, đơn vị này.")))
                .andExpect(content().string(Matchers.containsString("Dòng 1:")));
        assertThat(count("information_system")).isEqualTo(before);
    }

    @Test
    void aSystemIsRegisteredAndEditedThroughTheForms() throws Exception {
        String code = uniqueCode("WEB");
        mvc.perform(form("canbo.sonv", "/systems/new")
                        .param("code", code)
                        .param("name", "Hệ thống đánh giá cán bộ")
                        .param("ownerCode", "H57.02")
                        .param("type", "INTERNAL")
                        .param("eGovernment", "true")
                        .param("proposedLevel", "2")
                        .param("components", "2 | Ứng dụng | Máy chủ web\n3 | Cơ sở dữ liệu"))
                .andExpect(redirectedUrl("/systems/" + code))
                .andExpect(flash().attribute("notice", "systems.system.registered"));
        getAs("canbo.sonv", "/systems/" + code + "/edit")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("3 | Cơ sở dữ liệu")));
        mvc.perform(form("canbo.sonv", "/systems/" + code + "/edit")
                        .param("name", "Hệ thống đánh giá, xếp loại cán bộ")
                        .param("ownerCode", "H57.02")
                        .param("type", "INTERNAL")
                        .param("status", "IN_OPERATION")
                        .param("monitoringConnected", "true")
                        .param("monitoringMethod", "AGENT")
                        .param("monitoringSince", "2026-02-01"))
                .andExpect(redirectedUrl("/systems/" + code));
        getAs("canbo.sonv", "/systems/" + code)
                .andExpect(content().string(Matchers.containsString("Hệ thống đánh giá, xếp loại cán bộ")))
                .andExpect(content().string(Matchers.containsString("01/02/2026")));
    }

    @Test
    void aBadAssetIsReShownOnItsTab() throws Exception {
        mvc.perform(form(ADMIN, "/systems/HUE.DVC/assets").param("kind", "CIDR").param("value", "10.57.1.5/24"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("không khớp với độ dài tiền tố")));
        mvc.perform(form(ADMIN, "/systems/HUE.DVC/arrangements")
                        .param("service", "MONITORING")
                        .param("providerCode", "H57.02")
                        .param("from", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đơn vị cung cấp phải là")));
    }

    @Test
    void aDossierIsDraftedSubmittedAndAppraisedThroughThePages() throws Exception {
        String code = registerSystem("PDOS", "H57.04", "INTERNAL");
        mvc.perform(form(ADMIN, "/systems/" + code + "/dossiers").param("proposedLevel", "2"))
                .andExpect(redirectedUrl("/systems/" + code + "/dossiers/1"));
        getAs(ADMIN, "/systems/" + code + "/dossiers/1")
                .andExpect(content().string(Matchers.containsString("id=\"submit-form\"")));
        mvc.perform(form(ADMIN, "/systems/" + code + "/dossiers/1/submit"))
                .andExpect(redirectedUrl("/systems/" + code + "/dossiers/1"));
        mvc.perform(form(ADMIN, "/systems/" + code + "/dossiers/1/appraise").param("opinion", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vui lòng nhập nội dung")));
        mvc.perform(form(ADMIN, "/systems/" + code + "/dossiers/1/approve")
                        .param("decisionNumber", "1/QĐ")
                        .param("decisionDate", "2026-11-01")
                        .param("approverCode", "H57.08"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("không cho phép thao tác này")));
    }

    @Test
    void theOverlapReportAndTheAgencyFragmentsRender() throws Exception {
        getAs(ADMIN, "/systems/overlaps")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("10.57.200.0/22")));
        getAs(ADMIN, "/systems/of-agency/H57.10")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("SYT.HSSK")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        getAs(ADMIN, "/systems/arrangements/of-provider/VT.VNPT-HUE")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<table")));
        getAs(ADMIN, "/systems/of-agency/H57.01.01?page=0")
                .andExpect(content().string(Matchers.containsString("hx-target=\"#agency-systems\"")));
    }

    @Test
    void theHomePageTellsEachRoleWhatWaitsForThem() throws Exception {
        getAs(ADMIN, "/")
                .andExpect(content().string(Matchers.containsString("đang chờ thẩm định hoặc phê duyệt")))
                .andExpect(
                        content().string(Matchers.containsString("/systems?dossier=SUBMITTED&amp;dossier=APPRAISED")));
        String draft = registerSystem("HOM", "H57.P01", "INTERNAL");
        mvc.perform(form(ADMIN, "/systems/" + draft + "/dossiers").param("proposedLevel", "2"));
        getAs("congan", "/").andExpect(content().string(Matchers.containsString("trong phạm vi của bạn")));
    }

    @Test
    void aWrongDocumentIsRefusedOnTheDossierPageWithAMessage() throws Exception {
        String code = registerSystem("PUP", "H57.04", "INTERNAL");
        mvc.perform(form(ADMIN, "/systems/" + code + "/dossiers").param("proposedLevel", "2"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/systems/" + code + "/dossiers/1/attachments")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "bao-cao.docx", "application/pdf", DossierIntegrationTests.PDF))
                        .with(as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("không khớp với nội dung tệp")));
        assertThat(jdbc.sql("SELECT count(*) FROM systems.dossier_attachment a JOIN systems.level_dossier d"
                                + " ON d.id = a.level_dossier WHERE d.system_code = ?")
                        .param(code)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theHistoryTabShowsTheSystemsChangesAndDossierStepsToWhoeverMaySeeIt() throws Exception {
        String code = registerSystem("HIS", "H57.02", "INTERNAL");
        postJson(ADMIN, "/api/v1/systems/" + code + "/dossiers", "{\"proposedLevel\":2}");
        getAs("canbo.sonv", "/audit/history/information-system/" + code)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đăng ký hệ thống thông tin")))
                .andExpect(content().string(Matchers.containsString("Lập hồ sơ đề xuất cấp độ")));
        getAs("canbo.syt", "/audit/history/information-system/" + code).andExpect(status().isNotFound());
    }
}
