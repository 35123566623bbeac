package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;
import vn.khien.support.Today;

/**
 * An obligation not kept on time (late, violated, overdue) names the agency's head in office on its due
 * date (seed letter 5620/UBND-CT, Mục 1 ý 2); a met one names no one.
 */
@KhienIntegrationTest
class AccountableHeadObligationIntegrationTests {

    static final String PASSWORD = KhienIntegrationTest.DEMO_PASSWORD;
    static final String ANNUAL_REPORT = "ct14.agency-annual-report";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObligationRecompute recompute;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aLateReportNamesTheHeadInOfficeOnItsDueDateEvenOneWhoTookOverThatDay() throws Exception {
        recordHead("H57.18", "Hồ Thị Thanh Tâm", "2026-12-04");
        recordHead("H57.10.01", "Lê Thị Hoa", "2026-12-01");
        recordHead("H57.10.01", "Tôn Nữ Minh Châu", "2026-12-05");
        annualReport("H57.18", LocalDate.of(2026, 12, 5));
        annualReport("H57.10.01", LocalDate.of(2026, 12, 5));
        recompute.all(Today.inVietnam());

        assertThat(annualReportDue4December("H57.18"))
                .containsEntry("status", "LATE")
                .extractingByKey("accountableHead")
                .isEqualTo(Map.of(
                        "onDate", "2026-12-04",
                        "recorded", true,
                        "personName", "Hồ Thị Thanh Tâm",
                        "position", "Giám đốc",
                        "text", "Hồ Thị Thanh Tâm — Giám đốc"));
        assertThat(annualReportDue4December("H57.10.01"))
                .containsEntry("status", "LATE")
                .extractingByKey("accountableHead")
                .satisfies(head -> assertThat(map(head)).containsEntry("personName", "Lê Thị Hoa"));
    }

    @Test
    void aMetReportNamesNoHead() throws Exception {
        annualReport("H57.01", LocalDate.of(2026, 12, 3));
        recompute.all(Today.inVietnam());

        assertThat(annualReportDue4December("H57.01"))
                .containsEntry("status", "MET")
                .doesNotContainKey("accountableHead");
        assertThat(page("/compliance/obligations?agency=H57.01&status=MET"))
                .contains(ANNUAL_REPORT)
                .doesNotContain("accountable-head");
    }

    @Test
    void aViolatedRuleNamesTheHeadOnItsDueDateOrSaysNoneIsRecordedOnTheApiAndThePage() throws Exception {
        String withHead = registerUnit();
        String withoutHead = registerUnit();
        LocalDate today = Today.inVietnam();
        recordHead(withHead, "Nguyễn Hữu Phúc", today.toString());
        LocalDate asOf = today.plusDays(45);
        LocalDate due = today.plusDays(30);

        assertThat(focalUnit(withHead, asOf))
                .containsEntry("status", "VIOLATED")
                .containsEntry("dueDate", due.toString())
                .extractingByKey("accountableHead")
                .satisfies(head -> assertThat(map(head))
                        .containsEntry("personName", "Nguyễn Hữu Phúc")
                        .containsEntry("onDate", due.toString()));
        assertThat(focalUnit(withoutHead, asOf))
                .containsEntry("status", "VIOLATED")
                .extractingByKey("accountableHead")
                .satisfies(head -> assertThat(map(head))
                        .containsEntry("recorded", false)
                        .doesNotContainKey("personName")
                        .containsEntry("text", "Chưa ghi nhận người đứng đầu"));

        String day = asOf.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String dueDay = due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(page("/compliance/obligations?rule=ct14.focal-unit&agency=" + withHead + "&asOf=" + day))
                .contains("Người đứng đầu ngày " + dueDay + ": Nguyễn Hữu Phúc — Giám đốc");
        assertThat(page("/compliance/obligations?rule=ct14.focal-unit&agency=" + withoutHead + "&asOf=" + day))
                .contains("Chưa ghi nhận người đứng đầu");
        assertThat(page("/compliance/obligations?lang=en&rule=ct14.focal-unit&agency=" + withoutHead + "&asOf=" + day))
                .contains("No head recorded");
    }

    @Test
    void aDutyBrokenBeforeItsDueDateNamesTheHeadInOfficeTodayNotOnTheDueDate() throws Exception {
        String unit = registerUnit();
        LocalDate today = Today.inVietnam();
        recordHead(unit, "Trần Văn Khánh", today.toString());
        recompute.all(today);

        Map<String, Object> workforce =
                obligations("/api/v1/obligations?agency=" + unit + "&rule=ct14.security-workforce").stream()
                        .filter(o -> unit.equals(o.get("subjectCode")))
                        .findFirst()
                        .orElseThrow();
        assertThat(workforce).containsEntry("status", "VIOLATED");
        assertThat(LocalDate.parse((String) workforce.get("dueDate"))).isAfter(today);
        assertThat(map(workforce.get("accountableHead")))
                .containsEntry("onDate", today.toString())
                .containsEntry("personName", "Trần Văn Khánh");
    }

    @Test
    void everyOverdueLateOrViolatedObligationNamesAHeadAndNoOtherDoes() throws Exception {
        recompute.all(Today.inVietnam());
        assertThat(obligations("/api/v1/obligations?size=200&status=LATE")).isNotEmpty();
        for (String status : new String[] {"OVERDUE", "LATE", "VIOLATED"}) {
            assertThat(obligations("/api/v1/obligations?size=200&status=" + status))
                    .allSatisfy(o -> assertThat(o).containsKey("accountableHead"));
        }
        for (String status : new String[] {"MET", "DUE", "DUE_SOON", "WAIVED", "NOT_APPLICABLE"}) {
            assertThat(obligations("/api/v1/obligations?size=200&status=" + status))
                    .allSatisfy(o -> assertThat(o).doesNotContainKey("accountableHead"));
        }
    }

    @Test
    void anOfficerOfAnotherAgencyReadsNoneOfItsObligationsNorItsHead() throws Exception {
        mvc.perform(get("/api/v1/obligations")
                        .param("agency", "H57.10")
                        .param("status", "LATE")
                        .with(httpBasic("canbo.sonv", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    private Map<String, Object> annualReportDue4December(String agency) throws Exception {
        return obligations("/api/v1/obligations?agency=" + agency + "&rule=" + ANNUAL_REPORT).stream()
                .filter(o -> "2026-12-04".equals(o.get("dueDate")))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, Object> focalUnit(String agency, LocalDate asOf) throws Exception {
        return obligations("/api/v1/obligations?agency=" + agency + "&rule=ct14.focal-unit&asOf=" + asOf).stream()
                .filter(o -> agency.equals(o.get("subjectCode")))
                .findFirst()
                .orElseThrow();
    }

    private List<Map<String, Object>> obligations(String path) throws Exception {
        String json = mvc.perform(get(path).with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(json, "$.items");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(accounts, "dieuphoi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void annualReport(String agency, LocalDate attestedOn) throws Exception {
        new Attestations(mvc)
                .accepted(agency, "AGENCY_ANNUAL_REPORT", "Báo cáo kết quả kiểm tra, đánh giá năm 2026", attestedOn);
    }

    private void recordHead(String agency, String person, String from) throws Exception {
        mvc.perform(put("/api/v1/agencies/" + agency + "/focal-points/HEAD")
                        .with(ApiTokens.bearer("dieuphoi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"unitName": "Cơ quan", "personName": "%s", "position": "Giám đốc",
                                 "phone": "0234 3822 111", "email": "giamdoc@hue.gov.vn", "validFrom": "%s"}""".formatted(person, from)))
                .andExpect(status().isOk());
    }

    private String registerUnit() throws Exception {
        String code = "H57.12.A" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        mvc.perform(post("/api/v1/agencies")
                        .with(ApiTokens.bearer("dieuphoi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "%s", "name": "Trung tâm thử nghiệm", "kind": "PUBLIC_SERVICE_UNIT", "parentCode": "H57.12"}""".formatted(code)))
                .andExpect(status().isCreated());
        return code;
    }
}
