package vn.khien.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

/**
 * The incident names the head of the owning agency (seed letter 5620/UBND-CT, Mục 1 ý 2): on its page,
 * the head in office on the day of detection; on Forms 04 and 05, the head who signs them. In the demo
 * registry Sở Nội vụ's head is Lê Quang Vinh until 31/07/2024 and Phạm Thị Bình from 01/08/2024.
 */
@KhienIntegrationTest
class IncidentHeadIntegrationTests extends IncidentsTestSupport {

    private static final Pattern HEAD = Pattern.compile("id=\"accountable-head\"[^>]*>\\s*([^<]*?)\\s*<");

    @Test
    void thePageNamesTheHeadInOfficeOnTheDayOfDetectionInVietnam() throws Exception {
        String lastDayOfThePredecessor = report("2024-07-31T23:30:00+07:00", "GREEN");
        String firstDayOfTheSuccessor = report("2024-07-31T17:30:00Z", "GREEN");

        assertThat(head(OFFICER, lastDayOfThePredecessor)).isEqualTo("Lê Quang Vinh — Giám đốc Sở");
        assertThat(head(OFFICER, firstDayOfTheSuccessor)).isEqualTo("Phạm Thị Bình — Giám đốc Sở");
        assertThat(page(RESPONDER, firstDayOfTheSuccessor)).contains(">Người đứng đầu ngày 01/08/2024</dt>");
    }

    @Test
    void withNoHeadRecordedOnTheDayThePageSaysSoInBothLanguages() throws Exception {
        String beforeAnyHead = report("2020-06-01T10:00:00+07:00", "GREEN");

        assertThat(head(OFFICER, beforeAnyHead)).isEqualTo("Chưa ghi nhận người đứng đầu");
        assertThat(head(OFFICER, beforeAnyHead + "?lang=en")).isEqualTo("No head recorded");
    }

    @Test
    void anOfficerOfAnotherAgencySeesNeitherTheIncidentNorItsHead() throws Exception {
        String reference = report("2026-05-02T08:30:00+07:00", "GREEN");
        getAs(OTHER_OFFICER, "/incidents/" + reference).andExpect(status().isNotFound());
    }

    @Test
    void form04IsSignedByTheHeadAsThuTruongCoQuan() throws Exception {
        String reference = report("2026-05-02T08:30:00+07:00", "AMBER");
        for (String step : new String[] {"VERIFY", "CONTAIN", "ERADICATE", "RECOVER"}) {
            move(reference, step);
        }
        postJson(RESPONDER, "/api/v1/incidents/" + reference + "/close", """
                        {"rootCause":"Lỗ hổng CMS","lessonsLearned":"Vá hằng tuần","finalReport":"Đã khôi phục"}""").andExpect(status().isOk());
        mvc.perform(post("/incidents/" + reference + "/forms/FORM_04").with(as(RESPONDER)))
                .andExpect(status().is3xxRedirection());
        UUID ref = jdbc.sql("SELECT g.ref FROM incidents.generated_form g JOIN incidents.incident i"
                        + " ON i.id = g.incident_id WHERE i.reference = ? AND g.form = 'FORM_04'")
                .param(reference)
                .query(UUID.class)
                .single();

        assertThat(docxText("/incidents/" + reference + "/forms/" + ref + ".docx"))
                .contains("Mẫu 04", "THỦ TRƯỞNG CƠ QUAN", "Phạm Thị Bình");
    }

    @Test
    void form05IsSignedByTheHeadAsThuTruongCoQuan() throws Exception {
        String body = postJson(OFFICER, "/api/v1/incident-summaries", "{\"agencyCode\":\"H57.02\",\"year\":2026}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(docxText("/api/v1/incident-summaries/" + JsonPath.read(body, "$.ref") + ".docx"))
                .contains("Mẫu 05", "THỦ TRƯỞNG CƠ QUAN", "Phạm Thị Bình");
    }

    private String head(String user, String reference) throws Exception {
        Matcher dd = HEAD.matcher(page(user, reference));
        assertThat(dd.find()).as("the page shows the accountable head").isTrue();
        return dd.group(1);
    }

    private String page(String user, String reference) throws Exception {
        return getAs(user, "/incidents/" + reference)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String docxText(String path) throws Exception {
        byte[] docx = getAs(OFFICER, path)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var text = new XWPFWordExtractor(document)) {
            return text.getText();
        }
    }
}
