package vn.khien.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class DossierIntegrationTests extends SystemsTestSupport {

    @org.springframework.beans.factory.annotation.Value("${khien.data-dir}")
    Path dataDir;

    private static final String ADMIN = "dieuphoi";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aDossierGoesFromDraftToApprovalAndSetsTheApprovedLevel() throws Exception {
        String code = registerSystem("DOS", "H57.03", "CITIZEN_SERVICE");
        String dossiers = "/api/v1/systems/" + code + "/dossiers";
        postJson(ADMIN, dossiers, "{\"proposedLevel\":3,\"justification\":\"Dịch vụ công mức độ 4\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        postJson(ADMIN, dossiers + "/1/submit", "")
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        postJson(ADMIN, dossiers + "/1/appraise", "{\"opinion\":\"Đồng ý cấp độ 3\"}")
                .andExpect(jsonPath("$.status").value("APPRAISED"))
                .andExpect(jsonPath("$.appraisedBy").value(ADMIN));
        postJson(ADMIN, dossiers + "/1/approve", """
                        {"decisionNumber":"123/QĐ-UBND","decisionDate":"2026-11-20","approverCode":"H57"}""")
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decision.number").value("123/QĐ-UBND"));
        getAs(ADMIN, "/api/v1/systems/" + code)
                .andExpect(jsonPath("$.approvedLevel").value(3))
                .andExpect(jsonPath("$.levelDecision.date").value("2026-11-20"));
        assertThat(auditActions(code)).contains("systems.system.level-approved");
        assertThat(auditActions(code))
                .containsSubsequence(
                        "systems.dossier.created",
                        "systems.dossier.submitted",
                        "systems.dossier.appraised",
                        "systems.dossier.approved");
        // re-classification starts a new dossier and keeps the approved one
        postJson(ADMIN, dossiers, "{\"proposedLevel\":4}")
                .andExpect(jsonPath("$.number").value(2));
        getAs(ADMIN, dossiers).andExpect(jsonPath("$.items[*].number", Matchers.contains(2, 1)));
    }

    @Test
    void aReturnedDossierIsCorrectedAndSubmittedAgain() throws Exception {
        String code = registerSystem("RET", "H57.03", "INTERNAL");
        String dossier = "/api/v1/systems/" + code + "/dossiers/1";
        postJson(ADMIN, "/api/v1/systems/" + code + "/dossiers", "{\"proposedLevel\":1}");
        postJson(ADMIN, dossier + "/submit", "");
        postJson(ADMIN, dossier + "/return", "{\"reasons\":\"Hệ thống Chính phủ điện tử nội bộ: tối thiểu cấp độ 2\"}")
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returnReasons").value(Matchers.containsString("cấp độ 2")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/systems/" + code + "/dossiers/1/revise")
                        .with(as(ADMIN))
                        .param("proposedLevel", "2")
                        .param("justification", "Đã sửa"))
                .andExpect(status().is3xxRedirection());
        postJson(ADMIN, dossier + "/submit", "")
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.proposedLevel").value(2));
    }

    @Test
    void invalidTransitionsAndASecondOpenDossierAreConflicts() throws Exception {
        String code = registerSystem("CNF", "H57.03", "INTERNAL");
        String dossiers = "/api/v1/systems/" + code + "/dossiers";
        postJson(ADMIN, dossiers, "{\"proposedLevel\":2}").andExpect(status().isCreated());
        postJson(ADMIN, dossiers, "{\"proposedLevel\":2}").andExpect(status().isConflict());
        postJson(ADMIN, dossiers + "/1/approve", """
                        {"decisionNumber":"1/QĐ","decisionDate":"2026-11-20","approverCode":"H57.08"}""").andExpect(status().isConflict());
        postJson(ADMIN, dossiers + "/1/appraise", "{\"opinion\":\"x\"}").andExpect(status().isConflict());
        postJson(ADMIN, dossiers + "/9/submit", "").andExpect(status().isNotFound());
        getAs(ADMIN, "/api/v1/systems/" + code)
                .andExpect(jsonPath("$.approvedLevel").doesNotExist());
    }

    @Test
    void aWithdrawnDraftStaysInTheHistoryAndNoLongerBlocksANewDossier() throws Exception {
        String code = registerSystem("WDR", "H57.02", "INTERNAL");
        String dossiers = "/api/v1/systems/" + code + "/dossiers";
        postJson("canbo.sonv", dossiers, "{\"proposedLevel\":2}").andExpect(status().isCreated());
        postJson("canbo.sonv", dossiers + "/1/withdraw", "{\"reason\":\"\"}").andExpect(status().isBadRequest());
        postJson("canbo.sonv", dossiers + "/1/withdraw", "{\"reason\":\"Lập nhầm cấp độ\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        postJson("canbo.sonv", dossiers + "/1/submit", "").andExpect(status().isConflict());
        postJson("canbo.sonv", dossiers, "{\"proposedLevel\":3}").andExpect(status().isCreated());
        getAs("canbo.sonv", dossiers).andExpect(jsonPath("$.items.length()").value(2));
        assertThat(auditActions(code)).contains("systems.dossier.withdrawn");
    }

    @Test
    void theOwnersHeadApprovesLevelThreeButAnOfficerMayNotAppraise() throws Exception {
        String code = registerSystem("HEAD", "H57.02", "CITIZEN_SERVICE");
        String dossier = "/api/v1/systems/" + code + "/dossiers/1";
        postJson("canbo.sonv", "/api/v1/systems/" + code + "/dossiers", "{\"proposedLevel\":3}")
                .andExpect(status().isCreated());
        postJson("canbo.sonv", dossier + "/submit", "").andExpect(status().isOk());
        postJson("canbo.sonv", dossier + "/appraise", "{\"opinion\":\"tự thẩm định\"}")
                .andExpect(status().isForbidden());
        postJson(ADMIN, dossier + "/appraise", "{\"opinion\":\"Đạt\"}").andExpect(status().isOk());
        getAs("giamdoc.sonv", dossier).andExpect(jsonPath("$.actions.approve").value(true));
        postJson("giamdoc.sonv", dossier + "/approve", """
                        {"decisionNumber":"77/QĐ-SNV","decisionDate":"2026-11-21","approverCode":"H57.02"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void aHeadMayNotApproveALevelTheConfigurationGivesToTheCoordinator() throws Exception {
        String code = registerSystem("LV2", "H57.02", "INTERNAL");
        String dossier = "/api/v1/systems/" + code + "/dossiers/1";
        postJson(ADMIN, "/api/v1/systems/" + code + "/dossiers", "{\"proposedLevel\":2}");
        postJson(ADMIN, dossier + "/submit", "");
        postJson(ADMIN, dossier + "/appraise", "{\"opinion\":\"Đạt\"}");
        postJson("giamdoc.sonv", dossier + "/approve", """
                        {"decisionNumber":"78/QĐ-SNV","decisionDate":"2026-11-21","approverCode":"H57.02"}""").andExpect(status().isForbidden());
    }

    @Test
    void documentsAreCheckedByContentStoredByHashAndDownloadedWithAccessChecks() throws Exception {
        String code = registerSystem("ATT", "H57.02", "INTERNAL");
        postJson(ADMIN, "/api/v1/systems/" + code + "/dossiers", "{\"proposedLevel\":2}");
        String attachments = "/api/v1/systems/" + code + "/dossiers/1/attachments";
        String body = upload("canbo.sonv", attachments, "thuyet-minh.pdf", PDF)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.attachments[0].fileName").value("thuyet-minh.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        upload(ADMIN, attachments, "ke-hoach.docx", zip("word/document.xml")).andExpect(status().isCreated());
        upload(ADMIN, attachments, "danh-muc.xlsx", zip("xl/workbook.xml")).andExpect(status().isCreated());
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        Path stored = dataDir.resolve("files")
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
        assertThat(Files.readAllBytes(stored)).isEqualTo(PDF);

        String id = JsonPath.read(body, "$.attachments[0].id");
        // the bytes are streamed asynchronously: MockMvc needs the async dispatch to see them
        var streaming = mvc.perform(get(attachments + "/" + id).with(as("canbo.sonv")))
                .andExpect(request().asyncStarted())
                .andReturn();
        mvc.perform(asyncDispatch(streaming))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF))
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("thuyet-minh.pdf")));
        mvc.perform(get(attachments + "/" + id).with(as("canbo.syt"))).andExpect(status().isNotFound());
        mvc.perform(get("/systems/" + code + "/dossiers/1/attachments/" + id).with(as("canbo.syt")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/systems/" + code + "/dossiers/1/attachments/" + id).with(as("giamdoc.sonv")))
                .andExpect(status().isOk());
    }

    @Test
    void mismatchedOrOversizedDocumentsAreRefusedAndNothingIsKept() throws Exception {
        String code = registerSystem("BADF", "H57.02", "INTERNAL");
        postJson(ADMIN, "/api/v1/systems/" + code + "/dossiers", "{\"proposedLevel\":2}");
        String attachments = "/api/v1/systems/" + code + "/dossiers/1/attachments";
        upload(ADMIN, attachments, "gia-mao.pdf", zip("word/document.xml"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        upload(ADMIN, attachments, "bang.xlsx", zip("word/document.xml")).andExpect(status().isBadRequest());
        upload(ADMIN, attachments, "chay.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))
                .andExpect(status().isBadRequest());
        upload(ADMIN, attachments, "rong.pdf", new byte[0]).andExpect(status().isBadRequest());
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        upload(ADMIN, attachments, "lon.pdf", large).andExpect(status().isBadRequest());
        getAs(ADMIN, "/api/v1/systems/" + code + "/dossiers/1")
                .andExpect(jsonPath("$.attachments.length()").value(0));
    }

    private ResultActions upload(String username, String path, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart(path)
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .with(as(username)));
    }

    static byte[] zip(String entry) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
