package vn.khien.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.shared.Recipient;
import vn.khien.support.KhienIntegrationTest;

/** Each user sees only their own notifications; the outbox page is the coordinator's. */
@KhienIntegrationTest
class NotificationPagesIntegrationTests extends NotificationsTestSupport {

    private static final String OFFICER = "canbo.sonv";
    private static final String OTHER = "canbo.syt";

    @Test
    void aUserListsTheirOwnNotificationsNewestFirstWithTheUnreadCount() throws Exception {
        String older = notify(List.of(Recipient.user(OFFICER)), "/registers/credentials?agency=H57.02");
        String newer = notify(List.of(Recipient.user(OFFICER)), "/agencies/H57.02");
        String others = notify(List.of(Recipient.user(OTHER)), "/agencies/H57.10");

        String page = getAs(OFFICER, "/notifications")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(older, newer).doesNotContain(others);
        assertThat(page.indexOf(newer)).isLessThan(page.indexOf(older));
        long unread = jdbc.sql("SELECT count(*) FROM notifications.notification WHERE username = ? AND read_at IS NULL")
                .param(OFFICER)
                .query(Long.class)
                .single();
        getAs(OFFICER, "/notifications/badge").andExpect(content().string(Matchers.containsString(">" + unread + "<")));
        getAs(OFFICER, "/api/v1/notifications/unread-count")
                .andExpect(jsonPath("$.unread").value(unread));
        getAs(OFFICER, "/api/v1/notifications?size=2")
                .andExpect(jsonPath("$.items[0].text").value(Matchers.containsString(newer)))
                .andExpect(jsonPath("$.items[0].link").value("/agencies/H57.02"))
                .andExpect(jsonPath("$.items[0].read").value(false));
    }

    @Test
    void readingMarksOwnNotificationsAndAnotherUsersIdAnswers404() throws Exception {
        String mine = notify(List.of(Recipient.user(OFFICER)), "/agencies/H57.02");
        String theirs = notify(List.of(Recipient.user(OTHER)), "/agencies/H57.10");
        long myId = idOf(mine);
        long theirId = idOf(theirs);

        mvc.perform(post("/api/v1/notifications/" + theirId + "/read").with(as(OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/" + theirId + "/open").with(as(OFFICER)))
                .andExpect(status().isNotFound());
        assertThat(readAt(theirId)).isNull();

        mvc.perform(post("/api/v1/notifications/" + myId + "/read").with(as(OFFICER)))
                .andExpect(status().isNoContent());
        assertThat(readAt(myId)).isNotNull();
        mvc.perform(post("/notifications/" + myId + "/open").with(as(OFFICER)))
                .andExpect(redirectedUrl("/agencies/H57.02"));

        mvc.perform(post("/notifications/read-all").with(as(OFFICER))).andExpect(redirectedUrl("/notifications"));
        getAs(OFFICER, "/api/v1/notifications/unread-count")
                .andExpect(jsonPath("$.unread").value(0));
        assertThat(readAt(theirId)).isNull();
    }

    @Test
    void onlyTheCoordinatorSeesTheOutboxAndRetriesAMail() throws Exception {
        String holder = notify(List.of(Recipient.address("outbox@example.org", "vi")), "/agencies/H57.02");
        long id = jdbc.sql("SELECT id FROM notifications.outbox WHERE subject LIKE ?")
                .param("%" + holder + "%")
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE notifications.outbox SET attempts = 10, last_error = 'Connection refused' WHERE id = ?")
                .param(id)
                .update();

        getAs(OFFICER, "/notifications/outbox").andExpect(status().isForbidden());
        mvc.perform(post("/notifications/outbox/" + id + "/retry").with(as(OFFICER)))
                .andExpect(status().isForbidden());
        getAs("dieuphoi", "/notifications/outbox?state=FAILED")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(holder)))
                .andExpect(content().string(Matchers.containsString("Connection refused")));

        mvc.perform(post("/notifications/outbox/" + id + "/retry").with(as("dieuphoi")))
                .andExpect(redirectedUrl("/notifications/outbox"));
        assertThat(outboxCount("id = ? AND attempts = 9", id)).isEqualTo(1);
        assertThat(auditActions(Long.toString(id))).contains("notifications.mail.retried");
    }

    @Test
    void everyPageShowsTheNotificationLinkInTheTopBar() throws Exception {
        getAs(OFFICER, "/").andExpect(content().string(Matchers.containsString("id=\"notifications-link\"")));
    }

    private long idOf(String text) {
        return jdbc.sql("SELECT id FROM notifications.notification WHERE text LIKE ?")
                .param("%" + text + "%")
                .query(Long.class)
                .single();
    }

    private Object readAt(long id) {
        return jdbc.sql("SELECT read_at FROM notifications.notification WHERE id = ?")
                .param(id)
                .query((rs, n) -> rs.getTimestamp(1))
                .optional()
                .orElse(null);
    }
}
