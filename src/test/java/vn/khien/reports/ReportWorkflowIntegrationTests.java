package vn.khien.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;
import vn.khien.support.Today;

/**
 * The agency's annual report end to end: the officer drafts and writes, the head approves and submits, the
 * obligation follows (LATE after 4 December, MET before), the coordinator returns it, a correction is a new
 * version; another agency never reads it nor its files; a new agency's report still reads sensibly.
 */
@KhienIntegrationTest
class ReportWorkflowIntegrationTests {

    static final String PASSWORD = KhienIntegrationTest.DEMO_PASSWORD;
    static final String OFFICER = "canbo.sonv"; // H57.02
    static final String HEAD = "giamdoc.sonv"; // H57.02
    static final String OTHER_OFFICER = "canbo.syt"; // H57.10
    static final String COORDINATOR = "dieuphoi";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObligationRecompute recompute;

    @Autowired
    ReportArchive archive;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theOfficerWritesTheHeadSubmitsLateTheCoordinatorReturnsAndACorrectionIsANewVersion() throws Exception {
        long id = id(call(OFFICER, post("/api/v1/reports"), """
                        {"kind":"AGENCY_ANNUAL","agencyCode":"H57.02","year":2026}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.actions.edit").value(true))
                .andExpect(jsonPath("$.actions.approve").value(false)));
        call(OFFICER, post("/api/v1/reports"), """
                        {"kind":"AGENCY_ANNUAL","agencyCode":"H57.02","year":2026}""").andExpect(status().isConflict());
        call(OFFICER, put(path(id) + "/narrative"), """
                        {"situation":"Tình hình an toàn thông tin ổn định.","difficulties":"Thiếu nhân lực.","proposals":"Đề nghị Sở hỗ trợ đào tạo."}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.situation").value("Tình hình an toàn thông tin ổn định."));
        call(OFFICER, post(path(id) + "/approve"), "{}").andExpect(status().isForbidden());
        call(HEAD, post(path(id) + "/approve"), "{}").andExpect(status().isOk());
        call(HEAD, post(path(id) + "/submit"), "{\"number\":\"25/BC-SNV\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.submittedBy").value(HEAD))
                .andExpect(jsonPath("$.late").value(Today.inVietnam().isAfter(LocalDate.of(2026, 12, 4))));
        call(OFFICER, put(path(id) + "/narrative"), "{\"situation\":\"khác\"}").andExpect(status().isConflict());

        String documents =
                body(call(OFFICER, get(path(id) + "/documents"), null).andExpect(status().isOk()));
        assertThat(JsonPath.<List<String>>read(documents, "$[*].format"))
                .containsExactlyInAnyOrder("PDF", "DOCX", "XLSX");
        assertThat(JsonPath.<List<String>>read(documents, "$[*].sha256")).allMatch(s -> s.matches("[0-9a-f]{64}"));
        call(OFFICER, get(path(id) + "/document").param("format", "pdf"), null)
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        call(OFFICER, get(path(id) + "/document").param("format", "odt"), null).andExpect(status().isBadRequest());

        recompute.all(Today.inVietnam());
        assertThat(annualReportObligation("H57.02")).containsEntry("status", "LATE");

        call(OFFICER, post(path(id) + "/return"), "{\"reason\":\"x\"}").andExpect(status().isForbidden());
        call(COORDINATOR, post(path(id) + "/return"), "{\"reason\":\"\"}").andExpect(status().isBadRequest());
        call(COORDINATOR, post(path(id) + "/return"), "{\"reason\":\"Bổ sung kết quả đánh giá hệ thống cấp độ 3.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        call(OFFICER, post(path(id) + "/corrections"), "{\"reason\":\"Bổ sung theo ý kiến của Sở\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.versions.length()").value(2));
        call(COORDINATOR, get("/api/v1/reports").param("agency", "H57.02").param("year", "2026"), null)
                .andExpect(jsonPath("$.items[0].version").value(2));
    }

    @Test
    void anotherAgencyNeverReadsTheReportNorItsFilesAndAssessorsHaveNoPart() throws Exception {
        SignedIn.inSecurityContext(accounts, COORDINATOR);
        long id = archive.recordSubmitted("H57.10", 2026, "Ổn định.", "7/BC-SYT", LocalDate.of(2026, 12, 3));
        SecurityContextHolder.clearContext();
        mvc.perform(multipart(path(id) + "/signed")
                        .file(new MockMultipartFile("file", "ky-so.pdf", "application/pdf", minimalPdf()))
                        .with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart(path(id) + "/signed")
                        .file(new MockMultipartFile("file", "ky-so.pdf", "application/pdf", minimalPdf()))
                        .with(ApiTokens.bearer(COORDINATOR)))
                .andExpect(status().isForbidden());
        for (String path :
                List.of(path(id), path(id) + "/documents", path(id) + "/document?format=pdf", path(id) + "/signed")) {
            call(OFFICER, get(path), null).andExpect(status().isNotFound());
        }
        call(OFFICER, post(path(id) + "/approve"), "{}").andExpect(status().isNotFound());
        call(OFFICER, get("/api/v1/reports").param("agency", "H57.10"), null)
                .andExpect(jsonPath("$.total").value(0));
        call(OTHER_OFFICER, get(path(id)), null).andExpect(status().isOk());
        call("danhgia", get("/api/v1/reports"), null).andExpect(status().isForbidden());
        call("danhgia", get(path(id)), null).andExpect(status().isForbidden());
        call(OFFICER, post("/api/v1/reports"), """
                        {"kind":"AGENCY_ANNUAL","agencyCode":"H57.10","year":2027}""").andExpect(status().isNotFound());

        recompute.all(Today.inVietnam());
        assertThat(annualReportObligation("H57.10")).containsEntry("status", "MET");
    }

    @Test
    void theCoordinatorOpensApprovesAndSubmitsTheConsolidatedReportWhichMeetsItsOwnObligation() throws Exception {
        call(OFFICER, post("/api/v1/reports"), "{\"kind\":\"PROVINCIAL_ANNUAL\",\"year\":2026}")
                .andExpect(status().isForbidden());
        call(COORDINATOR, post("/api/v1/reports"), "{\"kind\":\"PROVINCIAL_LEVEL5_HALF_YEAR\",\"year\":2026}")
                .andExpect(status().isBadRequest());
        long id = id(call(COORDINATOR, post("/api/v1/reports"), "{\"kind\":\"PROVINCIAL_ANNUAL\",\"year\":2026}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT")));
        call(COORDINATOR, post(path(id) + "/approve"), "{}").andExpect(status().isOk());
        call(COORDINATOR, post(path(id) + "/submit"), "{\"number\":\"310/BC-SKHCN\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        call(OFFICER, get(path(id)), null).andExpect(status().isNotFound());

        recompute.all(Today.inVietnam());
        String json = body(mvc.perform(get("/api/v1/obligations")
                .param("rule", "ct14.provincial-report-level-3-4")
                .with(ApiTokens.bearer(COORDINATOR))));
        List<Map<String, Object>> items = JsonPath.read(json, "$.items");
        assertThat(items)
                .filteredOn(o -> "2026-12-13".equals(o.get("dueDate")))
                .extracting(o -> o.get("status"))
                .containsExactly("MET");
    }

    @Test
    void badInputIsABadRequestProblemNeverAServerError() throws Exception {
        call(OFFICER, get("/api/v1/reports").param("kind", "YEARLY"), null).andExpect(status().isBadRequest());
        call(OFFICER, post("/api/v1/reports"), "{\"kind\":\"YEARLY\",\"year\":2026}")
                .andExpect(status().isBadRequest());
        call(OFFICER, post("/api/v1/reports"), "{\"kind\":\"AGENCY_ANNUAL\",\"agencyCode\":\"H57.02\",\"year\":99999}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        call(OFFICER, post("/api/v1/reports"), "{\"agencyCode\":\"H57.02\",\"year\":2030}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        call(OFFICER, get("/api/v1/reports/987654321"), null).andExpect(status().isNotFound());
    }

    @Test
    void aNewAgencyWithoutDataStillReadsSensibly() throws Exception {
        String agency = jdbc.sql("""
                        SELECT a.code FROM agencies.published_agency a
                         WHERE a.status = 'ACTIVE'
                           AND NOT EXISTS (SELECT 1 FROM systems.published_system s WHERE s.owner_code = a.code)
                         ORDER BY a.code DESC LIMIT 1""").query(String.class).single();
        SignedIn.inSecurityContext(accounts, COORDINATOR);
        long id = archive.openDraft(agency, 2026, null);
        SecurityContextHolder.clearContext();
        var started = call(COORDINATOR, get(path(id) + "/document").param("format", "docx"), null)
                .andReturn();
        byte[] docx = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        assertThat(text)
                .contains("BÁO CÁO")
                .contains("Chưa có hệ thống thông tin nào được khai báo.")
                .contains("Chưa có lượt kiểm tra, đánh giá nào được ghi nhận")
                .contains(
                        "Phụ lục 1. Hệ thống thông tin theo cấp độ",
                        "Phụ lục 4. Nghĩa vụ chậm thực hiện hoặc chưa thực hiện")
                .doesNotContain("null");
    }

    Map<String, Object> annualReportObligation(String agency) throws Exception {
        String json = body(mvc.perform(get("/api/v1/obligations")
                .param("agency", agency)
                .param("rule", "ct14.agency-annual-report")
                .with(ApiTokens.bearer(COORDINATOR))));
        List<Map<String, Object>> items = JsonPath.read(json, "$.items");
        return items.stream()
                .filter(o -> agency.equals(o.get("subjectCode")) && "2026-12-04".equals(o.get("dueDate")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no 2026 annual-report obligation for " + agency + ": " + json));
    }

    ResultActions call(
            String user,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String json)
            throws Exception {
        request.with(ApiTokens.bearer(user));
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(body(result), "$.id")).longValue();
    }

    static String path(long id) {
        return "/api/v1/reports/" + id;
    }

    static byte[] minimalPdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }
}
