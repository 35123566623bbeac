package vn.khien.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import vn.khien.support.KhienIntegrationTest;

/**
 * The timeline is an append-only record of its own: a comment is one inserted row, and neither the
 * incident nor its parties, tasks, clocks or earlier entries are written again (Spring Data JDBC rewrites
 * every child row of an aggregate it saves, so each of them would otherwise get a new row version).
 */
@KhienIntegrationTest
class IncidentTimelineIntegrationTests extends IncidentsTestSupport {

    @Test
    void aCommentDoesNotRewriteTheIncidentOrItsOtherRecords() throws Exception {
        String reference = handledIncident();
        List<String> before = rowVersions(reference);

        postJson(OFFICER, "/api/v1/incidents/" + reference + "/comments", "{\"text\":\"  Đã cách ly máy chủ  \"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[0].kind").value("COMMENT"))
                .andExpect(jsonPath("$.timeline[0].text").value("Đã cách ly máy chủ"))
                .andExpect(jsonPath("$.timeline[0].actor").value(OFFICER));

        assertThat(rowVersions(reference)).isEqualTo(before);
        assertThat(auditActions(reference)).endsWith("incidents.incident.commented");
    }

    @Test
    void theTimelineReadsNewestFirstInTheOrderItWasWritten() throws Exception {
        String reference = handledIncident();
        postJson(OFFICER, "/api/v1/incidents/" + reference + "/comments", "{\"text\":\"Nhận xét số một\"}")
                .andExpect(status().isOk());
        move(reference, "VERIFY");
        getAs(RESPONDER, "/api/v1/incidents/" + reference)
                .andExpect(jsonPath("$.timeline[*].kind")
                        .value(contains("STATUS", "COMMENT", "TASK_ADDED", "PARTY_ASKED", "REPORTED")));
        String page = getAs(RESPONDER, "/incidents/" + reference + "?tab=timeline")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String timeline = page.substring(page.indexOf("id=\"timeline\""));
        assertThat(timeline).containsSubsequence("Nhận xét số một", "Cách ly máy chủ", "Trang chủ bị thay đổi");
    }

    @Test
    void aTimelineEntryIsNeverChanged() throws Exception {
        String reference = report("2026-05-03T08:30:00+07:00", "AMBER");
        assertThatThrownBy(() -> jdbc.sql("""
                                UPDATE incidents.timeline_entry SET text = 'khác'
                                WHERE incident = (SELECT id FROM incidents.incident WHERE reference = ?)""").param(reference).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }

    /** An incident with a party, a task and a running clock, reported by the officer. */
    private String handledIncident() throws Exception {
        String reference = report("2026-05-03T08:30:00+07:00", "AMBER");
        postJson(RESPONDER, "/api/v1/incidents/" + reference + "/parties", """
                        {"kind":"POLICE","organisationCode":"H57.16","name":"Công an tỉnh","clearedTlp":"AMBER",
                         "asked":"Hỗ trợ điều tra"}""").andExpect(status().isCreated());
        postJson(RESPONDER, "/api/v1/incidents/" + reference + "/tasks", """
                        {"title":"Cách ly máy chủ","owner":"Sở Nội vụ"}""").andExpect(status().isCreated());
        return reference;
    }

    /** Each stored row of the incident and its children with its physical place and writing transaction. */
    private List<String> rowVersions(String reference) {
        return jdbc.sql("""
                        WITH i AS (SELECT id, version, ctid, xmin FROM incidents.incident WHERE reference = :reference)
                        SELECT 'incident ' || i.version || ' ' || i.ctid || ' ' || i.xmin FROM i
                        UNION ALL SELECT 'party ' || p.position || ' ' || p.ctid || ' ' || p.xmin
                                  FROM incidents.incident_party p JOIN i ON p.incident = i.id
                        UNION ALL SELECT 'task ' || t.position || ' ' || t.ctid || ' ' || t.xmin
                                  FROM incidents.incident_task t JOIN i ON t.incident = i.id
                        UNION ALL SELECT 'clock ' || c.position || ' ' || c.ctid || ' ' || c.xmin
                                  FROM incidents.incident_clock c JOIN i ON c.incident = i.id
                        UNION ALL SELECT 'entry ' || e.id || ' ' || e.ctid || ' ' || e.xmin
                                  FROM incidents.timeline_entry e JOIN i ON e.incident = i.id WHERE e.kind <> 'COMMENT'
                        ORDER BY 1""").param("reference", reference).query(String.class).list();
    }
}
