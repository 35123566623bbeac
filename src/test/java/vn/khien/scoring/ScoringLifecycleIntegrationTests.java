package vn.khien.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

/** A campaign's lifecycle around the agencies: told when it opens, reminded by the calendar, followed on the board. */
@KhienIntegrationTest
class ScoringLifecycleIntegrationTests extends ScoringTestSupport {

    @Test
    void openingTellsTheOfficersAndHeadsOfEveryEvaluatedAgencyInTheAppAndByMail() throws Exception {
        long id = campaignInSelfAssessment(2007);
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

    private List<String> notified(String link) {
        return jdbc.sql("SELECT username FROM notifications.notification WHERE link = ?")
                .param(link)
                .query(String.class)
                .list();
    }
}
