package vn.khien.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.Workbooks;

/** The registers' pages: lists, forms re-shown with messages, the agency tab, exports and the token import. */
@KhienIntegrationTest
class RegisterPagesIntegrationTests extends RegistersTestSupport {

    private static final List<String> TOKEN_HEADERS = List.of(
            "Mã cơ quan",
            "Số hiệu USB token",
            "Số hiệu chứng thư số",
            "Người giữ",
            "Chức vụ",
            "Tổ chức cấp",
            "Mục đích sử dụng",
            "Hiệu lực từ",
            "Hiệu lực đến",
            "Trạng thái");

    @Test
    void everyListAndTheOverviewRenderForEachKindOfReader() throws Exception {
        for (String user : List.of(OFFICER, COORDINATOR, OBSERVER)) {
            for (String page : List.of(
                    "/registers",
                    "/registers/it-plans",
                    "/registers/credentials?attention=true",
                    "/registers/staff?belowTarget=true",
                    "/registers/attestations",
                    "/registers/it-plans/new",
                    "/registers/credentials/new",
                    "/registers/staff/new",
                    "/registers/attestations/new",
                    "/registers/telecom-measures",
                    "/registers/telecom-measures/new",
                    "/")) {
                getAs(user, page).andExpect(status().isOk());
            }
        }
        getAs(OFFICER, "/registers/it-plans?agency=H57.02")
                .andExpect(content().string(Matchers.containsString("9,50 %")))
                .andExpect(content().string(Matchers.containsString("10,00 %")));
    }

    @Test
    void theAgencyTabListsExpiringAndFlaggedCredentialsAndTheTelecomMeasures() throws Exception {
        getAs(OFFICER, "/agencies/H57.02?tab=registers").andExpect(status().isOk());
        getAs(OFFICER, "/registers/of-agency/H57.02")
                .andExpect(content().string(Matchers.containsString("Nguyễn Văn An")))
                .andExpect(content().string(Matchers.containsString("Lê Văn Cường")))
                .andExpect(content().string(Matchers.containsString("Trần Thị Bình")));
        getAs(COORDINATOR, "/registers/of-agency/VT.VIETTEL-HUE")
                .andExpect(content().string(Matchers.containsString("Safe Kids")));
    }

    @Test
    void aPlanFormWithBadAmountsIsShownAgainWithMessagesAndRecordsNothing() throws Exception {
        long before = registerCount("it_plan");
        mvc.perform(form(OFFICER, "/registers/it-plans/new")
                        .param("agencyCode", "H57.02")
                        .param("kind", "ANNUAL")
                        .param("name", "")
                        .param("yearFrom", "2026")
                        .param("totalBudget", "1,5")
                        .param("lines[0].category", "Giám sát")
                        .param("lines[0].amount", "abc")
                        .param("lines[0].origin", "DOMESTIC"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is-invalid")))
                .andExpect(content().string(Matchers.containsString("ví dụ 1.500.000")));
        mvc.perform(form(OFFICER, "/registers/it-plans/new")
                        .param("agencyCode", "H57.02")
                        .param("kind", "ANNUAL")
                        .param("name", "Vượt tổng")
                        .param("yearFrom", "2026")
                        .param("totalBudget", "100")
                        .param("lines[0].category", "Giám sát")
                        .param("lines[0].amount", "101")
                        .param("lines[0].origin", "DOMESTIC"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("không được lớn hơn tổng kinh phí")));
        assertThat(registerCount("it_plan")).isEqualTo(before);
    }

    @Test
    void anEditedPlanShownAgainAfterAnErrorKeepsItsAgency() throws Exception {
        long plan = planOf(OFFICER, "H57.02", "1000", "100");
        getAs(OFFICER, "/registers/it-plans/" + plan + "/edit")
                .andExpect(content().string(Matchers.containsString("id=\"agencyCodeKept\"")));
        long before = registerCount("it_plan");
        mvc.perform(form(OFFICER, "/registers/it-plans/" + plan + "/edit")
                        .param("agencyCode", "H57.02")
                        .param("kind", "ANNUAL")
                        .param("name", "")
                        .param("yearFrom", "2026")
                        .param("totalBudget", "1.000"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"H57.02\" selected")))
                .andExpect(content()
                        .string(Matchers.matchesPattern(
                                "(?s).*type=\"hidden\" name=\"agencyCode\" value=\"H57.02\".*")));
        assertThat(registerCount("it_plan")).isEqualTo(before);
        assertThat(jdbc.sql("SELECT name FROM registers.it_plan WHERE id = ?")
                        .param(plan)
                        .query(String.class)
                        .single())
                .isEqualTo("Kế hoạch thử");
    }

    @Test
    void aPlanTypedWithVietnameseGroupingShowsItsShare() throws Exception {
        String location = mvc.perform(form(OFFICER, "/registers/it-plans/new")
                        .param("agencyCode", "H57.02")
                        .param("kind", "PROJECT")
                        .param("name", "Dự án nâng cấp cổng dịch vụ công")
                        .param("yearFrom", "2026")
                        .param("yearTo", "2027")
                        .param("totalBudget", "3.000.000.000")
                        .param("lines[0].category", "Tường lửa ứng dụng web")
                        .param("lines[0].amount", "299.999.999")
                        .param("lines[0].origin", "DOMESTIC"))
                .andExpect(redirectedUrlPattern("/registers/it-plans/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        getAs(OFFICER, location)
                .andExpect(content().string(Matchers.containsString("9,99 %")))
                .andExpect(content().string(Matchers.containsString("Dưới mức 10 %")));
    }

    @Test
    void otherFormsAreShownAgainWithMessagesAndChangeNothing() throws Exception {
        long credentials = registerCount("credential");
        long people = registerCount("staff");
        long attestations = registerCount("attestation");
        mvc.perform(form(OFFICER, "/registers/credentials/new")
                        .param("agencyCode", "H57.02")
                        .param("certificateSerial", "X")
                        .param("holderName", "A")
                        .param("issuer", "Ban Cơ yếu Chính phủ")
                        .param("validFrom", "2026-01-01")
                        .param("validTo", "2032-01-01")
                        .param("status", "ISSUED"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("tối đa 5 năm")));
        mvc.perform(form(OFFICER, "/registers/credentials/new")
                        .param("agencyCode", "H57.02")
                        .param("validFrom", "xx"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        mvc.perform(form(OFFICER, "/registers/staff/new")
                        .param("agencyCode", "H57.02")
                        .param("fullName", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        mvc.perform(form(OFFICER, "/registers/attestations/new")
                        .param("agencyCode", "H57.02")
                        .param("title", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        assertThat(registerCount("credential")).isEqualTo(credentials);
        assertThat(registerCount("staff")).isEqualTo(people);
        assertThat(registerCount("attestation")).isEqualTo(attestations);
    }

    @Test
    void exportsCarryOnlyWhatTheUserMaySee() throws Exception {
        for (String register : List.of("it-plans", "credentials", "staff", "attestations", "telecom-measures")) {
            download(OFFICER, "/registers/" + register + "/export.csv")
                    .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("H57.10"))));
            download(OFFICER, "/registers/" + register + "/export.xlsx");
        }
        download(OFFICER, "/registers/it-plans/export.csv")
                .andExpect(content().string(Matchers.containsString("H57.02")));
        download(COORDINATOR, "/registers/credentials/export.csv")
                .andExpect(content().string(Matchers.containsString("H57.10")));
        download(COORDINATOR, "/registers/telecom-measures/export.csv")
                .andExpect(content().string(Matchers.containsString("Safe Kids")));
    }

    @Test
    void aFilterValueThatDoesNotReadAnswers400AndBlankFiltersMeanAny() throws Exception {
        for (String path : List.of(
                "/registers/staff?role=NOPE",
                "/registers/staff/export.csv?year=abc",
                "/registers/it-plans?exception=NOPE",
                "/registers/it-plans/export.xlsx?kind=NOPE",
                "/registers/credentials?attention=maybe",
                "/registers/attestations/export.csv?status=NOPE")) {
            getAs(OFFICER, path).andExpect(status().isBadRequest());
        }
        getAs(OFFICER, "/registers/staff?agency=&role=&leavers=&belowTarget=&year=&q=&page=")
                .andExpect(status().isOk());
        download(COORDINATOR, "/registers/credentials/export.csv?agency=H57.02&status=&attention=&q=")
                .andExpect(content().string(Matchers.containsString("H57.02")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("H57.10"))));
    }

    private org.springframework.test.web.servlet.ResultActions download(String user, String path) throws Exception {
        var started = getAs(user, path).andExpect(status().isOk()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
    }

    @Test
    void aTokenListIsImportedWholeOrNotAtAll() throws Exception {
        String serial = uniqueCode("IMP");
        var good = List.of(
                "H57.02",
                "TK-1",
                serial,
                "Phan Văn Tài",
                "Chuyên viên",
                "Ban Cơ yếu Chính phủ",
                "Ký số",
                "01/01/2020",
                "01/01/2027",
                "Đã cấp");
        var otherAgency =
                List.of("H57.10", "TK-2", serial + "B", "Người khác", "", "Ban Cơ yếu Chính phủ", "", "", "", "Đã cấp");
        long before = registerCount("credential");
        mvc.perform(multipart("/registers/credentials/import")
                        .file(new MockMultipartFile(
                                "file", "tokens.xlsx", null, Workbooks.xlsx(TOKEN_HEADERS, List.of(good, otherAgency))))
                        .with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("annotated")));
        assertThat(registerCount("credential")).isEqualTo(before);
        mvc.perform(multipart("/registers/credentials/import")
                        .file(new MockMultipartFile(
                                "file", "tokens.xlsx", null, Workbooks.xlsx(TOKEN_HEADERS, List.of(good))))
                        .with(as(OFFICER)))
                .andExpect(status().isOk());
        assertThat(registerCount("credential")).isEqualTo(before + 1);
        getAs(OFFICER, "/registers/credentials/import/template").andExpect(status().isOk());
    }
}
