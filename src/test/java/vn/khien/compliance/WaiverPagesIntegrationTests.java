package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

@KhienIntegrationTest
class WaiverPagesIntegrationTests {

    static final String RULE = "nd85.level-approved";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ObligationRecompute recompute;

    @BeforeEach
    void evaluate() {
        recompute.all();
    }

    @Test
    void theCoordinatorWaivesThroughTheFormThenWithdrawsAndTheObligationCountsAgain() throws Exception {
        String system = violatingSystem();
        mvc.perform(post("/compliance/waivers")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf())
                        .param("rule", RULE)
                        .param("subjectCode", system)
                        .param("reason", "Hệ thống chuẩn bị dừng hoạt động")
                        .param("expiresOn", "2099-01-01"))
                .andExpect(redirectedUrl("/compliance/waivers"))
                .andExpect(flash().attribute("notice", "compliance.waiver.granted"));
        assertThat(statusOf(system)).isEqualTo("WAIVED");
        long id = jdbc.sql("SELECT max(id) FROM compliance.waiver WHERE subject_code = ? AND revoked_at IS NULL")
                .param(system)
                .query(Long.class)
                .single();
        mvc.perform(get("/compliance/waivers").with(SignedIn.as(accounts, "dieuphoi")))
                .andExpect(content().string(Matchers.containsString("Hệ thống chuẩn bị dừng hoạt động")))
                .andExpect(content().string(Matchers.containsString("/compliance/waivers/" + id + "/revoke")));

        mvc.perform(post("/compliance/waivers/" + id + "/revoke")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf()))
                .andExpect(flash().attribute("problem", "compliance.waiver.revoke-reason.required"));
        assertThat(statusOf(system)).isEqualTo("WAIVED");
        mvc.perform(post("/compliance/waivers/" + id + "/revoke")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf())
                        .param("reason", "Hệ thống vẫn vận hành"))
                .andExpect(flash().attribute("notice", "compliance.waiver.revoked"));
        assertThat(statusOf(system)).isNotEqualTo("WAIVED");
        mvc.perform(get("/compliance/waivers").param("state", "REVOKED").with(SignedIn.as(accounts, "congan")))
                .andExpect(content().string(Matchers.containsString("Hệ thống vẫn vận hành")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/revoke"))));
        assertThat(jdbc.sql("SELECT action FROM audit.audit_record WHERE object_id = ?")
                        .param(RULE + "/" + system)
                        .query(String.class)
                        .list())
                .contains("compliance.waiver.granted", "compliance.waiver.revoked");
    }

    @Test
    void aFormWithoutReasonOrExpiryIsShownAgainWithMessagesAndNothingIsWaived() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM compliance.waiver")
                .query(Long.class)
                .single();
        mvc.perform(post("/compliance/waivers")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf())
                        .param("rule", RULE)
                        .param("subjectCode", "KHONG.CO"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nêu lý do miễn")))
                .andExpect(content().string(Matchers.containsString("Ngày hết hạn miễn phải từ hôm nay trở đi")));
        mvc.perform(post("/compliance/waivers")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf())
                        .param("rule", RULE)
                        .param("subjectCode", "KHONG.CO")
                        .param("reason", "Thử")
                        .param("expiresOn", "2099-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("không có nghĩa vụ theo quy tắc đã chọn")));
        assertThat(jdbc.sql("SELECT count(*) FROM compliance.waiver")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void agencyPeopleSeeOnlyTheirAgencysWaiversAndMayNotDecide() throws Exception {
        long own = grant("SNV.LAN", "Miễn cho hệ thống của Sở Nội vụ");
        long other = grant(violatingSystem(), "Miễn cho hệ thống của cơ quan khác");
        try {
            mvc.perform(get("/compliance/waivers").with(SignedIn.as(accounts, "canbo.sonv")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("Miễn cho hệ thống của Sở Nội vụ")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("cơ quan khác"))))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("/revoke"))));
            mvc.perform(get("/compliance/waivers").with(SignedIn.as(accounts, "canbo.syt")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Sở Nội vụ"))));
            mvc.perform(post("/compliance/waivers/" + own + "/revoke")
                            .with(SignedIn.as(accounts, "giamdoc.sonv"))
                            .with(csrf())
                            .param("reason", "x"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/compliance/waivers").with(SignedIn.as(accounts, "danhgia")))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/compliance/waivers/999999/revoke")
                            .with(SignedIn.as(accounts, "dieuphoi"))
                            .with(csrf())
                            .param("reason", "x"))
                    .andExpect(status().isNotFound());
        } finally {
            for (long id : new long[] {own, other}) {
                mvc.perform(post("/compliance/waivers/" + id + "/revoke")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf())
                        .param("reason", "Hết thử"));
            }
        }
    }

    private long grant(String system, String reason) throws Exception {
        mvc.perform(post("/compliance/waivers")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf())
                        .param("rule", RULE)
                        .param("subjectCode", system)
                        .param("reason", reason)
                        .param("expiresOn", "2099-01-01"))
                .andExpect(flash().attribute("notice", "compliance.waiver.granted"));
        return jdbc.sql("SELECT max(id) FROM compliance.waiver WHERE subject_code = ? AND revoked_at IS NULL")
                .param(system)
                .query(Long.class)
                .single();
    }

    private String statusOf(String system) {
        return jdbc.sql("SELECT status FROM compliance.obligation WHERE rule_id = ? AND subject_code = ?")
                .param(RULE)
                .param(system)
                .query(String.class)
                .single();
    }

    private String violatingSystem() {
        return jdbc.sql(
                        "SELECT subject_code FROM compliance.obligation WHERE rule_id = ? AND status IN ('VIOLATED', 'OVERDUE', 'DUE_SOON', 'DUE')"
                                + " AND NOT EXISTS (SELECT 1 FROM compliance.waiver w WHERE w.subject_code = obligation.subject_code)"
                                + " ORDER BY subject_code DESC LIMIT 1")
                .param(RULE)
                .query(String.class)
                .single();
    }
}
