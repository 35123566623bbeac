package vn.khien.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.KhienIntegrationTest;

/** Evidence files of attestations and IT-plan exceptions: stored checked, downloaded only by who may see. */
@KhienIntegrationTest
class EvidenceIntegrationTests extends RegistersTestSupport {

    private static final byte[] PDF = "%PDF-1.4\nquy che phoi hop\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    private static final String BODY = """
            {"agencyCode":"H57.02","kind":"COORDINATION_REGULATION","title":"%s","attestedOn":"2026-10-01"}""";

    @Test
    void anAttestationSubmittedWithAFileShowsItAndOnlyVisibleUsersDownloadIt() throws Exception {
        String title = uniqueCode("Quy chế");
        mvc.perform(multipart("/registers/attestations/new")
                        .file(file("quy-che.pdf", PDF))
                        .params(fields(Map.of(
                                "agencyCode", "H57.02",
                                "kind", "COORDINATION_REGULATION",
                                "title", title,
                                "attestedOn", "2026-10-01",
                                "evidence", "")))
                        .with(as(OFFICER)))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM registers.attestation WHERE title = ?")
                .param(title)
                .query(Long.class)
                .single();
        String ref = refOf("attestation_id", id);
        getAs(COORDINATOR, "/registers/attestations?agency=H57.02&status=SUBMITTED")
                .andExpect(content().string(Matchers.containsString("/registers/evidence/" + ref)));
        // the file is streamed: the body is complete only after the async dispatch
        var started = getAs(OFFICER, "/registers/evidence/" + ref)
                .andExpect(request().asyncStarted())
                .andReturn();
        var download = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getContentType()).startsWith("application/pdf");
        getAs(OBSERVER, "/api/v1/registers/evidence/" + ref).andExpect(status().isOk());
        getAs(OTHER_OFFICER, "/registers/evidence/" + ref).andExpect(status().isNotFound());
        getAs(OTHER_OFFICER, "/api/v1/registers/evidence/" + ref).andExpect(status().isNotFound());
        getAs(OFFICER, "/registers/evidence/" + java.util.UUID.randomUUID()).andExpect(status().isNotFound());
        assertThat(audited("attestation", id))
                .containsExactly("registers.attestation.submitted", "registers.attestation.evidence-added");
    }

    @Test
    void badFilesOnTheAttestationFormAreRefusedOnTheReshownFormAndSubmitNothing() throws Exception {
        long attestations = registerCount("attestation");
        long files = registerCount("evidence_file");
        for (var bad : new MockMultipartFile[] {
            file("empty.pdf", new byte[0]),
            file("not-a-pdf.pdf", "hello".getBytes(StandardCharsets.US_ASCII)),
            file("../../etc/quy-che.pdf", PDF),
            file("program.exe", new byte[] {'M', 'Z', 0, 0}),
            file("image.pdf", PNG)
        }) {
            mvc.perform(multipart("/registers/attestations/new")
                            .file(bad)
                            .params(fields(Map.of(
                                    "agencyCode", "H57.02",
                                    "kind", "OTHER",
                                    "title", "Tệp hỏng",
                                    "attestedOn", "2026-10-01")))
                            .with(as(OFFICER)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("id=\"attestation-form\"")))
                    .andExpect(content().string(Matchers.containsString("alert alert-danger")));
        }
        assertThat(registerCount("attestation")).isEqualTo(attestations);
        assertThat(registerCount("evidence_file")).isEqualTo(files);
    }

    @Test
    void theApiAddsAFileToAnUndecidedAttestationOfTheUsersOwnAgencyOnly() throws Exception {
        long id = created(OFFICER, "/api/v1/attestations", BODY.formatted(uniqueCode("QC")));
        upload(OTHER_OFFICER, "/api/v1/attestations/" + id + "/evidence", file("a.pdf", PDF))
                .andExpect(status().isNotFound());
        upload(OBSERVER, "/api/v1/attestations/" + id + "/evidence", file("a.pdf", PDF))
                .andExpect(status().isForbidden());
        long files = registerCount("evidence_file");
        byte[] oversize = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        upload(OFFICER, "/api/v1/attestations/" + id + "/evidence", file("big.pdf", oversize))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        upload(OFFICER, "/api/v1/attestations/" + id + "/evidence", file("a.pdf", "x".getBytes()))
                .andExpect(status().isBadRequest());
        assertThat(registerCount("evidence_file")).isEqualTo(files);
        String json = upload(OFFICER, "/api/v1/attestations/" + id + "/evidence", file("bien-ban.png", PNG))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String ref = JsonPath.read(json, "$.ref");
        getAs(COORDINATOR, "/api/v1/attestations/" + id)
                .andExpect(jsonPath("$.files[0].ref").value(ref))
                .andExpect(jsonPath("$.files[0].fileName").value("bien-ban.png"))
                .andExpect(jsonPath("$.files[0].mediaType").value("image/png"));
        getAs(OTHER_OFFICER, "/api/v1/registers/evidence/" + ref).andExpect(status().isNotFound());
        postJson(COORDINATOR, "/api/v1/attestations/" + id + "/decision", "{\"accept\":true}")
                .andExpect(status().isOk());
        upload(OFFICER, "/api/v1/attestations/" + id + "/evidence", file("late.pdf", PDF))
                .andExpect(status().isConflict());
    }

    @Test
    void anExceptionDeclaredWithAFileShowsItAndABadFileDeclaresNothing() throws Exception {
        long plan = planOf(OFFICER, "H57.02", "1000", "50");
        mvc.perform(multipart("/registers/it-plans/" + plan + "/exception")
                        .file(file("note.docx", "plain text".getBytes(StandardCharsets.US_ASCII)))
                        .param("reason", "Đã có dịch vụ chuyên trách")
                        .with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"exception-problem\"")));
        assertThat(exceptionStatus(plan)).isEqualTo("NONE");
        assertThat(jdbc.sql("SELECT count(*) FROM registers.evidence_file WHERE it_plan_id = ?")
                        .param(plan)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(multipart("/registers/it-plans/" + plan + "/exception")
                        .file(file("hop-dong.pdf", PDF))
                        .param("reason", "Đã có dịch vụ chuyên trách")
                        .with(as(OTHER_OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/registers/it-plans/" + plan + "/exception")
                        .file(file("hop-dong.pdf", PDF))
                        .param("reason", "Đã có dịch vụ chuyên trách")
                        .with(as(OFFICER)))
                .andExpect(status().is3xxRedirection());
        assertThat(exceptionStatus(plan)).isEqualTo("DECLARED");
        String ref = refOf("it_plan_id", plan);
        getAs(COORDINATOR, "/registers/it-plans/" + plan)
                .andExpect(content().string(Matchers.containsString("/registers/evidence/" + ref)));
        getAs(OTHER_OFFICER, "/registers/evidence/" + ref).andExpect(status().isNotFound());
        upload(OTHER_OFFICER, "/api/v1/it-plans/" + plan + "/exception/evidence", file("b.png", PNG))
                .andExpect(status().isNotFound());
        upload(OFFICER, "/api/v1/it-plans/" + plan + "/exception/evidence", file("b.png", PNG))
                .andExpect(status().isCreated());
        getAs(OFFICER, "/api/v1/it-plans/" + plan)
                .andExpect(jsonPath("$.exceptionFiles.length()").value(2));
        assertThat(audited("it-plan", plan)).contains("registers.it-plan.evidence-added");
    }

    private String exceptionStatus(long plan) {
        return jdbc.sql("SELECT exception_status FROM registers.it_plan WHERE id = ?")
                .param(plan)
                .query(String.class)
                .single();
    }

    private String refOf(String ownerColumn, long id) {
        return jdbc.sql("SELECT CAST(ref AS text) FROM registers.evidence_file WHERE " + ownerColumn + " = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private ResultActions upload(String username, String path, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart(path).file(file).with(as(username)));
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/octet-stream", bytes);
    }

    private static org.springframework.util.MultiValueMap<String, String> fields(Map<String, String> values) {
        var map = new org.springframework.util.LinkedMultiValueMap<String, String>();
        values.forEach(map::add);
        return map;
    }
}
