package vn.khien.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khien.compliance.ObligationReminder;
import vn.khien.compliance.ObligationReminders;
import vn.khien.compliance.ObligationStatus;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.Today;

/** A campaign's lifecycle around the agencies: told when it opens, reminded by the calendar, followed on the board. */
@KhienIntegrationTest
class ScoringLifecycleIntegrationTests extends ScoringTestSupport {

    @Autowired
    ObligationReminders reminders;

    @Test
    void openingTellsTheOfficersAndHeadsOfEveryEvaluatedAgencyInTheAppAndByMail() throws Exception {
        long id = ownCampaignInSelfAssessment(2007);
        String link = "/scoring/campaigns/" + id;
        assertThat(notified(link)).contains(OFFICER, HEAD, OTHER_OFFICER).doesNotContain(COORDINATOR, ASSESSOR);
        assertThat(jdbc.sql("SELECT text FROM notifications.notification WHERE username = ? AND link = ?")
                        .param(OFFICER)
                        .param(link)
                        .query(String.class)
                        .single())
                .startsWith("Mở tự đánh giá năm 2007: hạn nộp ");
        assertThat(jdbc.sql("SELECT count(*) FROM notifications.outbox WHERE recipient_username = ? AND link LIKE ?")
                        .param(OFFICER)
                        .param("%" + link)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void theClosingDateIsADutyOfEveryEvaluatedAgencyInTheCalendarAndTheDigestMetOnceSubmitted() throws Exception {
        long id = ownCampaignInSelfAssessment(2008);
        submit(OFFICER, id, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isOk());
        String month = YearMonth.from(Today.inVietnam()).toString();
        String list = "/compliance/calendar?view=list&rule=scoring.self-assessment&month=" + month;
        String own = "/scoring/campaigns/" + id + "/agencies/" + AGENCY;
        String other = "/scoring/campaigns/" + id + "/agencies/" + OTHER_AGENCY;
        getAs(COORDINATOR, list + "&agency=" + OTHER_AGENCY)
                .andExpect(content().string(containsString(other)))
                .andExpect(content().string(containsString("Nộp tự đánh giá, xếp hạng năm 2008")));
        getAs(OFFICER, list)
                .andExpect(content().string(containsString(own)))
                .andExpect(content().string(not(containsString(other))));
        getAs(OFFICER, "/compliance/calendar?rule=scoring.self-assessment&month=" + month)
                .andExpect(content().string(containsString("Nộp tự đánh giá, xếp hạng năm")));

        List<ObligationReminder> ours = reminders.dueSoonOrOverdue(Today.inVietnam()).stream()
                .filter(r -> r.link().startsWith("/scoring/campaigns/" + id + "/"))
                .toList();
        assertThat(ours)
                .extracting(ObligationReminder::agencyCode)
                .contains(OTHER_AGENCY)
                .doesNotContain(AGENCY);
        assertThat(ours).allSatisfy(r -> assertThat(r.status()).isEqualTo(ObligationStatus.DUE_SOON));
    }

    @Test
    void theBoardShowsWhoHasNotSubmittedTheVerificationQueueAndTheGrades() throws Exception {
        long id = ownCampaignInSelfAssessment(2009);
        String board = "/scoring/campaigns/" + id;
        submit(OFFICER, id, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isOk());
        String own = name(AGENCY);
        String other = name(OTHER_AGENCY);
        getAs(COORDINATOR, board)
                .andExpect(content().string(containsString("1 / ")))
                .andExpect(content().string(containsString("id=\"grade-distribution\"")))
                .andExpect(content().string(containsString("Tốt")));
        getAs(COORDINATOR, board + "?view=late")
                .andExpect(content().string(containsString(other)))
                .andExpect(content().string(containsString("Chưa nộp, hạn là hôm nay")))
                .andExpect(content().string(not(containsString(own))));
        getAs(OFFICER, board + "?view=late")
                .andExpect(content().string(not(containsString(other))))
                .andExpect(content().string(containsString("Tất cả đơn vị đã nộp.")));

        postJson(COORDINATOR, path(id) + "/close", "{}").andExpect(status().isOk());
        getAs(COORDINATOR, board + "?view=late")
                .andExpect(content().string(containsString(other)))
                .andExpect(content().string(containsString("Không nộp")));
        getAs(COORDINATOR, board + "?view=queue").andExpect(content().string(containsString(own)));
        mvc.perform(form(COORDINATOR, board + "/agencies/" + AGENCY + "/evidence-requests")
                .param("criterionCode", "1.2")
                .param("note", "Gửi quy chế"));
        assertThat(jdbc.sql("SELECT count(*) FROM scoring.evidence_request r JOIN scoring.submission s"
                                + " ON s.id = r.submission WHERE s.campaign = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isOne();
        getAs(OBSERVER, board + "?view=queue").andExpect(content().string(containsString(own)));
        getAs(OTHER_OFFICER, board + "?view=queue")
                .andExpect(content().string(not(containsString(own))))
                .andExpect(content().string(containsString("Không có đơn vị nào chờ thẩm định.")));
        getAs(COORDINATOR, board + "?view=queue&page=5").andExpect(content().string(not(containsString(own))));
        getAs(ASSESSOR, board + "?view=queue").andExpect(status().isForbidden());
    }

    private String name(String agency) {
        return jdbc.sql("SELECT name FROM agencies.published_agency WHERE code = ?")
                .param(agency)
                .query(String.class)
                .single();
    }

    private List<String> notified(String link) {
        return jdbc.sql("SELECT username FROM notifications.notification WHERE link = ?")
                .param(link)
                .query(String.class)
                .list();
    }
}
