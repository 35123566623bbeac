package vn.khien.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.monitoring.AlertSeverity;
import vn.khien.monitoring.AlertsPromoted;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SessionCookie;
import vn.khien.support.TwoStepSignIn;

/**
 * Issue 23, in one process: what a second node needs lives in PostgreSQL. A session is the database
 * row its cookie names (no copy in memory); an event whose listener never ran (the node died after the
 * commit) is completed by the periodic resubmission, and delivering it again changes nothing.
 */
@KhienIntegrationTest
class ClusterIntegrationTests {

    /** AlertIncidents' listener id, as Spring names a listener method: its qualified name and parameter types. */
    private static final String ALERT_INCIDENTS =
            "vn.khien.incidents.application.AlertIncidents.on(vn.khien.monitoring.AlertsPromoted)";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventSerializer serializer;

    @Autowired
    IncompleteEventsJob job;

    @Autowired
    MessageSource messages;

    @Test
    void aSessionIsTheDatabaseRowItsCookieNames() throws Exception {
        SessionCookie browser = signIn("canbo.sonv");
        mvc.perform(get("/api/v1/me").with(browser)).andExpect(status().isOk());
        assertThat(sessionsOf("canbo.sonv")).isPositive();

        jdbc.sql("DELETE FROM public.spring_session WHERE principal_name = 'canbo.sonv'")
                .update();

        mvc.perform(get("/api/v1/me").with(browser)).andExpect(status().isUnauthorized());
    }

    @Test
    void anUploadRefusedBeforeItsBodyLeavesItsMessageInTheSignedInSession() throws Exception {
        SessionCookie browser = signIn("dieuphoi");
        String session = browser.value();
        browser.remember(mvc.perform(post("/agencies/import/agencies")
                        .with(browser)
                        .with(csrf())
                        .header("Referer", "http://localhost/agencies/import")
                        .contentType("multipart/form-data; boundary=x")
                        .content(new byte[22 * 1024 * 1024]))
                .andExpect(status().isSeeOther())
                .andReturn());
        assertThat(browser.value())
                .as("the same session, not one of the container's")
                .isEqualTo(session);
        mvc.perform(get("/agencies/import").with(browser))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(messages.getMessage(
                                "files.problem.upload-too-large", null, Locale.forLanguageTag("vi")))));
    }

    /** Through the real pages, second factor included: the session is the one in PostgreSQL. */
    private SessionCookie signIn(String username) throws Exception {
        return TwoStepSignIn.signIn(mvc, username, KhienIntegrationTest.DEMO_PASSWORD);
    }

    @Test
    void anEventLeftIncompleteByADeadNodeIsCompletedOnceByTheResubmission() {
        String rule = "cluster-" + System.nanoTime();
        var event = new AlertsPromoted(
                "SNV.LAN",
                "node-died",
                rule,
                List.of(Math.abs(System.nanoTime() % 1_000_000_000L)),
                7,
                AlertSeverity.HIGH,
                Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS),
                "7 lần");
        // what a node leaves behind when it dies between its commit and the listener: the publication only
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       status, completion_attempts)
                        VALUES (:id, :listener, :type, :event, :published, 'PUBLISHED', 0)""")
                .param("id", id)
                .param("listener", ALERT_INCIDENTS)
                .param("type", AlertsPromoted.class.getName())
                .param("event", serializer.serialize(event).toString())
                .param("published", Timestamp.from(Instant.now().minus(Duration.ofMinutes(20))))
                .update();

        job.resubmit();

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> completed(id));
        assertThat(incidentsFrom("node-died/" + rule)).isEqualTo(1);

        // delivered again (another node resubmitted it too): the listener recognises it and changes nothing
        jdbc.sql("UPDATE event_publication SET completion_date = NULL, status = 'FAILED' WHERE id = :id")
                .param("id", id)
                .update();
        job.resubmit();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> completed(id));
        assertThat(incidentsFrom("node-died/" + rule)).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM incidents.timeline_entry t JOIN incidents.incident i ON i.id = t.incident
                        WHERE i.source_rule = :source AND t.kind = 'ALERTS'""")
                        .param("source", "node-died/" + rule)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private boolean completed(UUID id) {
        return jdbc.sql("SELECT completion_date IS NOT NULL FROM event_publication WHERE id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private long incidentsFrom(String source) {
        return jdbc.sql("SELECT count(*) FROM incidents.incident WHERE source_rule = :source")
                .param("source", source)
                .query(Long.class)
                .single();
    }

    private long sessionsOf(String username) {
        return jdbc.sql("SELECT count(*) FROM public.spring_session WHERE principal_name = :name")
                .param("name", username)
                .query(Long.class)
                .single();
    }
}
