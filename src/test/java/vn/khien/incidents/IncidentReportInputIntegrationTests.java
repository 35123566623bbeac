package vn.khien.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.KhienIntegrationTest;

/** The page's report form and the API bind the same report: the page reads its time as Vietnam time. */
@KhienIntegrationTest
class IncidentReportInputIntegrationTests extends IncidentsTestSupport {

    @Test
    void thePageReadsTheDetectionTimeAsVietnamTimeAndReportsTheIncident() throws Exception {
        String location = postForm("2026-05-02T08:30", "Trang bị thay đổi", "Nguyễn Văn A")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/incidents/SC-*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String reference = location.substring(location.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("SELECT detected_at FROM incidents.incident WHERE reference = ?")
                        .param(reference)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(Instant.parse("2026-05-02T01:30:00Z"));
    }

    @Test
    void aTimeThatDoesNotReadReShowsTheFormWithItsMessageAndSavesNothing() throws Exception {
        long before = incidents();
        postForm("02/05/2026 8h", "Trang bị thay đổi", null)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Thời điểm không hợp lệ.")))
                .andExpect(content().string(Matchers.containsString("value=\"02/05/2026 8h\"")));
        assertThat(incidents()).isEqualTo(before);
    }

    @Test
    void aRefusedReportShowsTheTimeAgainAsTyped() throws Exception {
        long before = incidents();
        postForm("2026-05-02T08:30", " ", null)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"2026-05-02T08:30\"")))
                .andExpect(content().string(Matchers.containsString("Thông tin này là bắt buộc.")));
        assertThat(incidents()).isEqualTo(before);
    }

    @Test
    void theContactNameMayFillItsColumnButNotMoreOnThePageAndInTheApi() throws Exception {
        long before = incidents();
        postForm("2026-05-02T08:30", "Trang bị thay đổi", "n".repeat(201))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Độ dài phải từ 0 đến 200 ký tự.")));
        postJson(OFFICER, "/api/v1/incidents", body("n".repeat(201), "0912345678"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactName"));
        assertThat(incidents()).isEqualTo(before);
        postJson(OFFICER, "/api/v1/incidents", body("n".repeat(200), "0912345678"))
                .andExpect(status().isCreated());
    }

    @Test
    void aContactPhoneMustReadAsATelephoneNumberOnTheApiAndThePage() throws Exception {
        long before = incidents();
        for (String wrong : new String[] {"9".repeat(51), "9".repeat(21), "gọi anh Bình", "an@soa.vn"}) {
            postJson(OFFICER, "/api/v1/incidents", body("Nguyễn Văn A", wrong))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("contactPhone"));
        }
        mvc.perform(post("/incidents/new")
                        .with(as(OFFICER))
                        .param("systemCode", "SNV.WEB")
                        .param("detectedAt", "2026-05-02T08:30")
                        .param("type", "DEFACEMENT")
                        .param("summary", "Trang bị thay đổi")
                        .param("severity", "HIGH")
                        .param("tlp", "AMBER")
                        .param("contactPhone", "gọi anh Bình"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Số điện thoại không hợp lệ")));
        assertThat(incidents()).isEqualTo(before);
        postJson(OFFICER, "/api/v1/incidents", body("Nguyễn Văn A", "+84 (234) 3822-123"))
                .andExpect(status().isCreated());
    }

    @Test
    void theReportFormStartsWithTheReporterAsItsContact() throws Exception {
        getAs(OFFICER, "/incidents/new")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"Nguyễn Văn An\"")))
                .andExpect(content().string(Matchers.containsString("value=\"canbo.sonv@demo.khien.vn\"")));
    }

    private ResultActions postForm(String detectedAt, String summary, String contactName) throws Exception {
        var request = post("/incidents/new")
                .with(as(OFFICER))
                .param("systemCode", "SNV.WEB")
                .param("detectedAt", detectedAt)
                .param("type", "DEFACEMENT")
                .param("summary", summary)
                .param("severity", "HIGH")
                .param("tlp", "AMBER");
        if (contactName != null) {
            request.param("contactName", contactName);
        }
        return mvc.perform(request);
    }

    private static String body(String contactName, String contactPhone) {
        return """
                {"systemCode":"SNV.WEB","detectedAt":"2026-05-02T08:30:00+07:00","type":"DEFACEMENT",
                 "summary":"Trang bị thay đổi","severity":"HIGH","tlp":"AMBER",
                 "contactName":"%s","contactPhone":"%s"}""".formatted(contactName, contactPhone);
    }
}
