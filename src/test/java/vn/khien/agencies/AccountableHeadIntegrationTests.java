package vn.khien.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.khien.agencies.AgencyRegistryIntegrationTests.DEMO;
import static vn.khien.agencies.AgencyRegistryIntegrationTests.unique;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;
import vn.khien.support.Workbooks;

/**
 * The head of an agency (người đứng đầu) as a dated registry role: who was head on a day, one agency or
 * many at once; recorded like a focal point but never counted as one.
 */
@KhienIntegrationTest
class AccountableHeadIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountableHeads heads;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theHeadOnADayIsTheOneInOfficeThenAndTheSuccessorFromTheDayTheyTakeOver() throws Exception {
        String code = registerUnit();
        recordHead(code, "Nguyễn Văn Một", "2025-01-06").andExpect(status().isOk());
        recordHead(code, "Trần Thị Hai", "2026-03-10").andExpect(status().isOk());

        assertThat(heads.on(code, LocalDate.of(2025, 1, 5))).isEmpty();
        assertThat(heads.on(code, LocalDate.of(2025, 1, 6)))
                .hasValueSatisfying(h -> assertThat(h.personName()).isEqualTo("Nguyễn Văn Một"));
        assertThat(heads.on(code, LocalDate.of(2026, 3, 9)))
                .hasValueSatisfying(h -> assertThat(h)
                        .isEqualTo(new AccountableHead(
                                code,
                                LocalDate.of(2026, 3, 9),
                                "Nguyễn Văn Một",
                                "Giám đốc",
                                LocalDate.of(2025, 1, 6),
                                LocalDate.of(2026, 3, 10))));
        assertThat(heads.on(code, LocalDate.of(2026, 3, 10)))
                .hasValueSatisfying(h -> assertThat(h.personName()).isEqualTo("Trần Thị Hai"));
        assertThat(heads.on(code, LocalDate.of(2026, 3, 11)))
                .hasValueSatisfying(h -> assertThat(h.termTo()).isNull());
    }

    @Test
    void manyAgenciesAndDaysAreAnsweredTogetherAndDaysWithoutAHeadAreLeftOut() throws Exception {
        String first = registerUnit();
        String second = registerUnit();
        recordHead(first, "Lê Văn Ba", "2026-01-01").andExpect(status().isOk());
        recordHead(second, "Phan Thị Bốn", "2026-02-01").andExpect(status().isOk());
        recordHead(second, "Võ Minh Năm", "2026-02-15").andExpect(status().isOk());

        var answers = heads.on(List.of(
                new AgencyDay(first, LocalDate.of(2026, 1, 1)),
                new AgencyDay(second, LocalDate.of(2026, 2, 14)),
                new AgencyDay(second, LocalDate.of(2026, 2, 15)),
                new AgencyDay(second, LocalDate.of(2026, 1, 31)),
                new AgencyDay("KHONG-CO", LocalDate.of(2026, 2, 15))));

        assertThat(answers)
                .hasSize(3)
                .containsKeys(
                        new AgencyDay(first, LocalDate.of(2026, 1, 1)),
                        new AgencyDay(second, LocalDate.of(2026, 2, 14)),
                        new AgencyDay(second, LocalDate.of(2026, 2, 15)));
        assertThat(answers.get(new AgencyDay(second, LocalDate.of(2026, 2, 14))).personName())
                .isEqualTo("Phan Thị Bốn");
        assertThat(answers.get(new AgencyDay(second, LocalDate.of(2026, 2, 15))).personName())
                .isEqualTo("Võ Minh Năm");
    }

    @Test
    void theApiAnswersTheHeadOnADayOrSaysNoneIsRecordedInTheReadersLanguage() throws Exception {
        String code = registerUnit();
        mvc.perform(get("/api/v1/agencies/" + code + "/head").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded").value(false))
                .andExpect(jsonPath("$.personName").doesNotExist())
                .andExpect(jsonPath("$.text").value("Chưa ghi nhận người đứng đầu"));
        mvc.perform(get("/api/v1/agencies/" + code + "/head")
                        .param("lang", "en")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(jsonPath("$.text").value("No head recorded"));
        recordHead(code, "Hồ Thị Sáu", "2026-04-01").andExpect(status().isOk());
        mvc.perform(get("/api/v1/agencies/" + code + "/head")
                        .param("on", "2026-04-01")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(jsonPath("$.recorded").value(true))
                .andExpect(jsonPath("$.on").value("2026-04-01"))
                .andExpect(jsonPath("$.personName").value("Hồ Thị Sáu"))
                .andExpect(jsonPath("$.termFrom").value("2026-04-01"));
        mvc.perform(get("/api/v1/agencies/" + code + "/head")
                        .param("on", "01/04/2026")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOfficerGets404ForTheHeadOfAnotherAgencyOrAnUnknownOne() throws Exception {
        mvc.perform(get("/api/v1/agencies/H57.02/head").with(httpBasic("canbo.sonv", DEMO)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personName").value("Phạm Thị Bình"));
        mvc.perform(get("/api/v1/agencies/H57.10/head").with(httpBasic("canbo.sonv", DEMO)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agencies/KHONG-CO/head").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agencies/H57.10/focal-points/HEAD").with(SignedIn.as(accounts, "canbo.sonv")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAgencyHeadOrAnObserverMayNotRecordTheHead() throws Exception {
        for (String user : new String[] {"giamdoc.sonv", "congan"}) {
            mvc.perform(put("/api/v1/agencies/H57.02/focal-points/HEAD")
                            .with(httpBasic(user, DEMO))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(headJson("Người Khác", "2026-12-01")))
                    .andExpect(status().isForbidden());
        }
        assertThat(heads.on("H57.02", LocalDate.of(2026, 12, 7)))
                .hasValueSatisfying(h -> assertThat(h.personName()).isEqualTo("Phạm Thị Bình"));
    }

    @Test
    void aHeadIsNotAFocalPointNeverStaleNotOnTheAttentionListNorPublishedAsOne() throws Exception {
        String code = registerUnit();
        recordHead(code, "Đặng Văn Bảy", "2019-01-01").andExpect(status().isOk());
        mvc.perform(get("/api/v1/agencies/" + code + "/focal-points").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(jsonPath("$.items[0].role").value("HEAD"))
                .andExpect(jsonPath("$.items[0].stale").value(false));
        mvc.perform(get("/api/v1/agencies/focal-points/attention")
                        .param("size", "500")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(jsonPath("$.items[?(@.agencyCode == '%s')].role".formatted(code))
                        .value(Matchers.containsInAnyOrder("SECURITY_UNIT", "INCIDENT_CONTACT")));
        assertThat(jdbc.sql("SELECT count(*) FROM agencies.published_focal_point WHERE agency_code = ?")
                        .param(code)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theFocalPointsTabShowsTheHeadAndTheFormRecordsOne() throws Exception {
        String code = registerUnit();
        mvc.perform(get("/agencies/" + code).param("tab", "focal-points").with(SignedIn.as(accounts, "dieuphoi")))
                .andExpect(content().string(Matchers.containsString("Người đứng đầu cơ quan")))
                .andExpect(content().string(Matchers.containsString("Chưa ghi nhận người đứng đầu")));
        mvc.perform(get("/agencies/" + code + "/focal-points/HEAD").with(SignedIn.as(accounts, "dieuphoi")))
                .andExpect(content().string(Matchers.containsString("value=\"Bệnh viện thử nghiệm\"")))
                .andExpect(content().string(Matchers.containsString("Công văn 5620/UBND-CT")));
        mvc.perform(post("/agencies/" + code + "/focal-points/HEAD")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf())
                        .param("unitName", "Bệnh viện thử nghiệm")
                        .param("personName", "Tôn Nữ Minh Châu")
                        .param("position", "Giám đốc")
                        .param("phone", "0234 3822 999")
                        .param("email", "chau.tnm@hue.gov.vn")
                        .param("validFrom", "2026-06-01"))
                .andExpect(flash().attribute("notice", "agencies.head.recorded"));
        mvc.perform(get("/agencies/" + code).param("tab", "focal-points").with(SignedIn.as(accounts, "dieuphoi")))
                .andExpect(content().string(Matchers.containsString("Tôn Nữ Minh Châu")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"confirm-HEAD\""))));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_record WHERE object_id = ? AND after_state LIKE 'HEAD=%'")
                        .param(code)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theFocalPointSpreadsheetImportsAHeadByItsVietnameseRoleName() throws Exception {
        String code = registerUnit();
        byte[] xlsx = Workbooks.xlsx(
                List.of(
                        "Mã cơ quan",
                        "Vai trò",
                        "Đơn vị đầu mối",
                        "Họ và tên",
                        "Chức vụ",
                        "Điện thoại",
                        "Thư điện tử",
                        "Phụ trách từ ngày"),
                List.of(List.of(
                        code,
                        "Người đứng đầu cơ quan",
                        "Bệnh viện thử nghiệm",
                        "Trương Công Tám",
                        "Giám đốc",
                        "0234 3822 888",
                        "tam.tc@hue.gov.vn",
                        "15/09/2026")));
        mvc.perform(multipart("/agencies/import/focal-points")
                        .file(new MockMultipartFile("file", "heads.xlsx", null, xlsx))
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf()))
                .andExpect(content().string(Matchers.containsString("Đã nhập xong")));
        assertThat(heads.on(code, LocalDate.of(2026, 9, 15)))
                .hasValueSatisfying(h -> assertThat(h.personName()).isEqualTo("Trương Công Tám"));
        assertThat(heads.on(code, LocalDate.of(2026, 9, 14))).isEmpty();
    }

    private ResultActions recordHead(String code, String person, String from) throws Exception {
        return mvc.perform(put("/api/v1/agencies/" + code + "/focal-points/HEAD")
                .with(ApiTokens.bearer("dieuphoi"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(headJson(person, from)));
    }

    private static String headJson(String person, String from) {
        return """
                {"unitName": "Bệnh viện thử nghiệm", "personName": "%s", "position": "Giám đốc",
                 "phone": "0234 3822 111", "email": "giamdoc@hue.gov.vn", "decisionNumber": "12/QĐ-UBND",
                 "appointedOn": "%s", "validFrom": "%s"}""".formatted(person, from, from);
    }

    private String registerUnit() throws Exception {
        String code = unique("H57.12.H");
        mvc.perform(post("/api/v1/agencies")
                        .with(ApiTokens.bearer("dieuphoi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "%s", "name": "Bệnh viện thử nghiệm", "kind": "PUBLIC_SERVICE_UNIT", "parentCode": "H57.12"}""".formatted(code)))
                .andExpect(status().isCreated());
        return code;
    }
}
