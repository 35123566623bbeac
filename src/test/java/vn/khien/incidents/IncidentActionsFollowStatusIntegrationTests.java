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
                        "value=\"REJECT\"")
                .contains("value=\"REOPEN\"");
    }
}
