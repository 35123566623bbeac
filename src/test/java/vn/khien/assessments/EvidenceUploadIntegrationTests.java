package vn.khien.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class EvidenceUploadIntegrationTests extends AssessmentsTestSupport {

    @Value("${khien.data-dir}")
    Path dataDir;

    @Test
    void evidenceIsStoredOnceAndDownloadedByItsReferenceWithAccessCheckedEachTime() throws Exception {
        String finding = startedWithFinding()[1];
        String evidence = "/api/v1/findings/" + finding + "/evidence";
        String first = JsonPath.read(
                upload(ASSESSOR, evidence, "ảnh chụp cấu hình.pdf", PDF)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.ref");
        String second = JsonPath.read(
                upload(OFFICER, evidence, "ban-sao.pdf", PDF)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.ref");

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM assessments.evidence WHERE finding_id = ?")
                        .param(UUID.fromString(finding))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(dataDir.resolve("files")
                        .resolve(sha.substring(0, 2))
                        .resolve(sha.substring(2, 4))
                        .resolve(sha))
                .exists();
        var streaming = getAs(OFFICER, "/assessments/evidence/" + first)
                .andExpect(request().asyncStarted())
                .andReturn();
        mvc.perform(asyncDispatch(streaming))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF))
                .andExpect(content().contentType("application/pdf"));
        getAs(OTHER_OFFICER, "/assessments/evidence/" + first).andExpect(status().isNotFound());
        getAs(OFFICER, "/assessments/evidence/" + UUID.randomUUID()).andExpect(status().isNotFound());
        assertThat(auditActions(finding)).contains("assessments.finding.evidence-added");
    }

    @Test
    void anEmptyFileIsRefusedWithAMessage() throws Exception {
        refused("trong.pdf", new byte[0], "rỗng");
    }

    @Test
    void aFileOfAnotherTypeIsRefusedWithAMessage() throws Exception {
        refused("ghi-chu.txt", "chỉ là văn bản".getBytes(), "Loại tệp");
    }

    @Test
    void aPathTraversalFileNameIsRefusedWithAMessage() throws Exception {
        refused("../../etc/bang-chung.pdf", PDF, "Tên tệp không hợp lệ");
        refused("bang\u0007chung.pdf", PDF, "Tên tệp không hợp lệ");
    }

    @Test
    void anOversizeFileIsRefusedWithAMessage() throws Exception {
        byte[] big = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        refused("lon.pdf", big, "quá lớn");
        try (var files = Files.walk(dataDir.resolve("files"))) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp")))
                    .isEmpty();
        }
    }

    private void refused(String name, byte[] content, String message) throws Exception {
        String finding = startedWithFinding()[1];
        upload(ASSESSOR, "/api/v1/findings/" + finding + "/evidence", name, content)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString(message)));
        assertThat(jdbc.sql("SELECT count(*) FROM assessments.evidence WHERE finding_id = ?")
                        .param(UUID.fromString(finding))
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
