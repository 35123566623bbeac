package vn.khien.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

/**
 * Issue 21 (5): the incident page offers only the steps possible now; a closed incident offers no
 * response step, only reopening.
 */
@KhienIntegrationTest
class IncidentActionsFollowStatusIntegrationTests extends IncidentsTestSupport {

    private String page(String reference) throws Exception {
        return getAs(RESPONDER, "/incidents/" + reference)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aReceivedIncidentOffersVerifyAndRejectOnly() throws Exception {
        String reference = report(Instant.now().minus(2, ChronoUnit.HOURS).toString(), "AMBER");
        assertThat(page(reference))
                .contains("id=\"action-VERIFY\"", "value=\"REJECT\"")
                .doesNotContain("id=\"action-CONTAIN\"", "id=\"action-ERADICATE\"", "id=\"action-RECOVER\"")
                .doesNotContain("value=\"REOPEN\"");
    }

    @Test
    void aClosedIncidentOffersNoResponseStepOnlyReopening() throws Exception {
        String reference = report(Instant.now().minus(3, ChronoUnit.HOURS).toString(), "AMBER");
        for (String step : new String[] {"VERIFY", "CONTAIN", "ERADICATE", "RECOVER"}) {
            move(reference, step);
        }
        postJson(RESPONDER, "/api/v1/incidents/" + reference + "/close", """
                        {"rootCause":"Lỗ hổng CMS","lessonsLearned":"Cập nhật bản vá hằng tuần",
                         "finalReport":"Đã khôi phục trang"}""").andExpect(status().isOk());
        assertThat(page(reference))
                .doesNotContain(
                        "id=\"action-VERIFY\"",
                        "id=\"action-CONTAIN\"",
                        "id=\"action-ERADICATE\"",
                        "id=\"action-RECOVER\"",
                        "value=\"REJECT\"",
                        "id=\"classify-form\"")
                .contains("value=\"REOPEN\"");
    }

    @Test
    void theIncidentPageLeadsWithItsNextDeadlineAndKeepsClocksTimelineAndDocumentsInTabs() throws Exception {
        // Decision 05's five-day notice, never sent: overdue
        String reference = report("2026-05-02T08:30:00+07:00", "AMBER");
        assertThat(page(reference))
                .contains("id=\"tab-clocks\"", "id=\"tab-timeline\"", "id=\"tab-documents\"", "id=\"next-clock\"")
                .doesNotContain("id=\"clocks\"", "id=\"timeline\"", "id=\"generate-FORM_03\"");
        assertThat(page(reference)).contains("alert-danger", "Thông báo sự cố cho chủ quản");
        assertThat(tab(reference, "clocks")).contains("id=\"clocks\"").doesNotContain("id=\"team-actions\"");
        assertThat(tab(reference, "timeline")).contains("id=\"timeline\"");
        assertThat(tab(reference, "documents")).contains("id=\"generate-FORM_03\"");
        assertThat(tab(reference, "nonsense")).contains("id=\"team-actions\"");
    }

    private String tab(String reference, String tab) throws Exception {
        return getAs(RESPONDER, "/incidents/" + reference + "?tab=" + tab)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theListNamesAgencyAndSystemAndShowsAnUnsentNoticeAsOverdueEvenAfterClosing() throws Exception {
        // serious (Law 116/2025): a 24-hour initial notice runs from detection, two days ago, so it has run out
        String reference = report(Instant.now().minus(2, ChronoUnit.DAYS).toString(), "AMBER");
        putJson(RESPONDER, "/api/v1/incidents/" + reference + "/classification", """
                        {"type":"DATA_LEAK","severity":"CRITICAL","tlp":"AMBER","effects":["DATA_LEAKED"],
                         "nationalCritical":true}""")
                .andExpect(status().isOk());
        String clock =
                jdbc.sql("""
                        SELECT c.name_vi FROM incidents.incident_clock c JOIN incidents.incident i ON i.id = c.incident
                        WHERE i.reference = :reference AND c.met_at IS NULL ORDER BY c.due_at LIMIT 1""").param("reference", reference).query(String.class).single();

        assertThat(list(reference))
                .contains("Sở Nội vụ", "Cổng thông tin điện tử Sở Nội vụ", "Hạn tiếp theo", clock)
                .contains("badge text-bg-danger");

        for (String step : new String[] {"VERIFY", "CONTAIN", "ERADICATE", "RECOVER"}) {
            move(reference, step);
        }
        postJson(RESPONDER, "/api/v1/incidents/" + reference + "/close", """
                        {"rootCause":"Lỗ hổng CMS","lessonsLearned":"Cập nhật bản vá hằng tuần",
                         "finalReport":"Đã khôi phục trang"}""").andExpect(status().isOk());
        assertThat(list(reference)).contains(clock, "badge text-bg-danger");
    }

    private String list(String reference) throws Exception {
        return getAs(RESPONDER, "/incidents?q=" + reference)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
