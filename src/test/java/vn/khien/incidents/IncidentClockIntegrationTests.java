package vn.khien.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.incidents.application.IncidentClocks;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.Today;

/** The regulatory clocks come from the pack in force on the day of detection; times are fixed, not "now". */
@KhienIntegrationTest
class IncidentClockIntegrationTests extends IncidentsTestSupport {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    @Autowired
    IncidentClockPolicy policy;

    @Autowired
    IncidentClocks clocks;

    @Autowired
    ObligationRecompute recompute;

    @Test
    void theFiveDayNoticeOfDecision05AppliesUntilTheLawTakesOverWith24And72Hours() {
        var before = policy.clocksFor(
                OffsetDateTime.of(2026, 6, 30, 23, 0, 0, 0, VIETNAM).toInstant());
        assertThat(before)
                .extracting(IncidentClockRule::ruleId)
                .containsExactly("qd05.incident-notice", "qd05.final-report");
        assertThat(before.get(0).duration()).isEqualTo(Duration.ofDays(5));
        assertThat(before.get(0).beyondCapacity()).isEqualTo(Duration.ZERO);
        assertThat(before.get(1).start()).isEqualTo(IncidentClockRule.ClockStart.RESPONSE_END);

        var after = policy.clocksFor(
                OffsetDateTime.of(2026, 7, 1, 0, 30, 0, 0, VIETNAM).toInstant());
        assertThat(after)
                .extracting(IncidentClockRule::ruleId)
                .containsExactly("law116.initial-notice", "law116.incident-report");
        assertThat(after)
                .extracting(IncidentClockRule::duration)
                .containsExactly(Duration.ofHours(24), Duration.ofHours(72));
        assertThat(after).allMatch(r -> r.seriousOnly() && r.awaitingConfirmation());
        assertThat(policy.seriousTestFor(
                        OffsetDateTime.of(2026, 5, 1, 9, 0, 0, 0, VIETNAM).toInstant()))
                .hasValueSatisfying(t -> {
                    assertThat(t.levels()).containsExactlyInAnyOrder(4, 5);
                    assertThat(t.ownerUnableToCope()).isTrue();
                });
    }

    @Test
    void theFiveDayNoticeIsMissedAfterItsDueTimeAndAnnouncedOnce() throws Exception {
        String reference = report("2026-05-02T08:30:00+07:00", "AMBER");
        Instant due = OffsetDateTime.of(2026, 5, 7, 8, 30, 0, 0, VIETNAM).toInstant();
        assertThat(clocks.announceMissed(due.minusSeconds(60)))
                .noneMatch(m -> m.reference().equals(reference));
        assertThat(clocks.announceMissed(due.plusSeconds(60))).anySatisfy(m -> {
            assertThat(m.reference()).isEqualTo(reference);
            assertThat(m.clockRuleId()).isEqualTo("qd05.incident-notice");
        });
        assertThat(clocks.announceMissed(due.plus(Duration.ofDays(1))))
                .noneMatch(m -> m.reference().equals(reference));
        assertThat(auditActions(reference)).contains("incidents.clock.missed");
        assertThat(jdbc.sql("SELECT text FROM notifications.notification WHERE username = 'canbo.sonv' AND link = ?")
                        .param("/incidents/" + reference)
                        .query(String.class)
                        .list())
                .anyMatch(text -> text.startsWith("Sự cố " + reference + ": đã quá hạn"));
        getAs(RESPONDER, "/api/v1/incidents/" + reference)
                .andExpect(jsonPath("$.clocks[0].state").value("OVERDUE"));

        recompute.all(java.time.LocalDate.of(2026, 6, 20));
        String status = jdbc.sql(
                        "SELECT status FROM compliance.obligation WHERE rule_id = 'qd05.incident-notice' AND item_ref = ?")
                .param(reference)
                .query(String.class)
                .single();
        assertThat(status).isEqualTo("OVERDUE");
        // after the law took over on 01/07/2026 the old regime's missed notice is still owed and still shown
        recompute.all(java.time.LocalDate.of(2026, 7, 15));
        assertThat(jdbc.sql(
                                "SELECT status FROM compliance.obligation WHERE rule_id = 'qd05.incident-notice' AND item_ref = ?")
                        .param(reference)
                        .query(String.class)
                        .single())
                .isEqualTo("OVERDUE");
        recompute.all(Today.inVietnam());
    }

    @Test
    void aNoticeSentWithinFiveDaysMeetsItsClock() throws Exception {
        String detected = OffsetDateTime.now(VIETNAM).minusDays(2).withNano(0).toString();
        // detected two days ago: past 1 July 2026 the successor pack applies, so the first pack is asked directly
        assertThat(policy.clocksFor(OffsetDateTime.parse(detected).toInstant()))
                .allMatch(IncidentClockRule::seriousOnly);
        String reference = report("2026-06-28T08:30:00+07:00", "AMBER");
        postJson(RESPONDER, "/api/v1/incidents/" + reference + "/clocks/qd05.incident-notice/sent", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clocks[0].state").value("LATE"));
        postJson(RESPONDER, "/api/v1/incidents/" + reference + "/clocks/qd05.incident-notice/sent", "")
                .andExpect(status().isConflict());
    }

    @Test
    void aNoticeSentAfterItsFiveDaysIsALateObligationNotAViolation() throws Exception {
        String reference = report("2026-06-27T08:30:00+07:00", "AMBER");
        postJson(RESPONDER, "/api/v1/incidents/" + reference + "/clocks/qd05.incident-notice/sent", "")
                .andExpect(status().isOk());
        recompute.all(Today.inVietnam());
        assertThat(jdbc.sql(
                                "SELECT status FROM compliance.obligation WHERE rule_id = 'qd05.incident-notice' AND item_ref = ?")
                        .param(reference)
                        .query(String.class)
                        .single())
                .isEqualTo("LATE");
    }

    @Test
    void aSeriousIncidentUnderTheSuccessorPackGets24And72HourClocksFromDetection() throws Exception {
        String reference = report("2026-07-02T10:00:00+07:00", "AMBER");
        getAs(RESPONDER, "/api/v1/incidents/" + reference)
                .andExpect(jsonPath("$.clocks").isEmpty());
        putJson(RESPONDER, "/api/v1/incidents/" + reference + "/classification", """
                        {"type":"DATA_LEAK","severity":"CRITICAL","tlp":"AMBER","effects":["DATA_LEAKED"],
                         "nationalCritical":true}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.serious.serious").value(true))
                .andExpect(jsonPath("$.serious.awaitingConfirmation").value(true))
                .andExpect(jsonPath("$.clocks[0].ruleId").value("law116.initial-notice"))
                .andExpect(jsonPath("$.clocks[0].dueAt").value("2026-07-03T03:00:00Z"))
                .andExpect(jsonPath("$.clocks[1].ruleId").value("law116.incident-report"))
                .andExpect(jsonPath("$.clocks[1].dueAt").value("2026-07-05T03:00:00Z"));
    }

    @Test
    void beyondTheOwnersCapacityTheNoticeIsDueImmediately() throws Exception {
        postJson(OFFICER, "/api/v1/incidents", """
                        {"systemCode":"SNV.WEB","detectedAt":"2026-05-02T08:30:00+07:00","type":"MALWARE",
                         "summary":"Mã độc mã hóa dữ liệu","severity":"CRITICAL","beyondCapacity":true}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.clocks[0].dueAt").value("2026-05-02T01:30:00Z"));
    }

    @Test
    void anOwnerWhoLaterCannotCopeOwesTheNoticeAtOnce() throws Exception {
        String reference = report("2026-05-04T08:30:00+07:00", "AMBER");
        getAs(RESPONDER, "/api/v1/incidents/" + reference)
                .andExpect(jsonPath("$.clocks[0].dueAt").value("2026-05-09T01:30:00Z"));
        putJson(RESPONDER, "/api/v1/incidents/" + reference + "/classification", """
                        {"type":"MALWARE","severity":"CRITICAL","tlp":"AMBER","ownerCannotCope":true}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clocks[0].ruleId").value("qd05.incident-notice"))
                .andExpect(jsonPath("$.clocks[0].dueAt").value("2026-05-04T01:30:00Z"));
    }

    /** Decision 05/2017 Art. 9.1: only the effects its points a)–đ) name make an incident serious. */
    @Test
    void underDecision05OnlyTheEffectsArticle9NamesMakeAnIncidentSerious() throws Exception {
        String reference = report("2026-05-10T08:30:00+07:00", "AMBER");
        String classification = """
                {"type":"DATA_LEAK","severity":"CRITICAL","tlp":"AMBER","effects":["%s"],
                 "nationalCritical":true,"ownerCannotCope":true}""";
        // an ordinary data leak (point b names only top-secret and state-secret data)
        putJson(
                        RESPONDER,
                        "/api/v1/incidents/" + reference + "/classification",
                        classification.formatted("DATA_LEAKED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.serious.serious").value(false));
        for (String effect :
                new String[] {"STATE_SECRET_LEAKED", "DATA_ALTERED_UNRECOVERABLE", "SPREADS_TO_LEVEL_4_5"}) {
            putJson(RESPONDER, "/api/v1/incidents/" + reference + "/classification", classification.formatted(effect))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.serious.serious").value(true));
        }
        // data altered but recoverable is not point c)
        putJson(
                        RESPONDER,
                        "/api/v1/incidents/" + reference + "/classification",
                        classification.formatted("DATA_ALTERED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.serious.serious").value(false));
    }

    /** Decision 05/2017 Art. 1, Circular 20/2017 Art. 1.1, as the pack's {@code scope.excludeOwnerKinds}. */
    @Test
    void theDecision05ClocksCarryThePacksScope() {
        assertThat(policy.clocksFor(
                        OffsetDateTime.of(2026, 6, 20, 8, 30, 0, 0, VIETNAM).toInstant()))
                .allSatisfy(r -> assertThat(r.excludedOwnerKinds())
                        .containsExactlyInAnyOrder("PROVINCIAL_POLICE", "MILITARY_COMMAND"));
    }

    @Test
    void anIncidentOnAPoliceSystemStartsNoDecision05Clock() throws Exception {
        String reference = reportOn("CATP.CAMERA", "2026-06-20T08:30:00+07:00");
        getAs(RESPONDER, "/api/v1/incidents/" + reference)
                .andExpect(jsonPath("$.clocks").isEmpty());
        putJson(RESPONDER, "/api/v1/incidents/" + reference + "/classification", """
                        {"type":"MALWARE","severity":"CRITICAL","tlp":"AMBER","ownerCannotCope":true}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clocks").isEmpty());
        move(reference, "VERIFY");
        move(reference, "CONTAIN");
        move(reference, "RECOVER");
        getAs(RESPONDER, "/api/v1/incidents/" + reference)
                .andExpect(jsonPath("$.clocks").isEmpty());
        assertThat(jdbc.sql("SELECT count(*) FROM incidents.published_incident_clock WHERE incident_reference = ?")
                        .param(reference)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anIncidentOnAPoliceSystemIsNotJudgedByTheDecision05SeriousTest() throws Exception {
        String reference = reportOn("CATP.CAMERA", "2026-06-20T08:30:00+07:00");
        putJson(RESPONDER, "/api/v1/incidents/" + reference + "/classification", """
                        {"type":"DATA_LEAK","severity":"CRITICAL","tlp":"AMBER","effects":["STATE_SECRET_LEAKED"],
                         "nationalCritical":true,"ownerCannotCope":true}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.serious.defined").value(false))
                .andExpect(jsonPath("$.serious.serious").value(false));
        String ordinary = reportOn("SNV.WEB", "2026-06-20T08:30:00+07:00");
        putJson(RESPONDER, "/api/v1/incidents/" + ordinary + "/classification", """
                        {"type":"DATA_LEAK","severity":"CRITICAL","tlp":"AMBER","effects":["STATE_SECRET_LEAKED"],
                         "nationalCritical":true,"ownerCannotCope":true}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.serious.defined").value(true))
                .andExpect(jsonPath("$.serious.serious").value(true));
    }

    @Test
    void anOrdinaryAgencysIncidentStartsTheDecision05Notice() throws Exception {
        String reference = reportOn("SNV.WEB", "2026-06-20T08:30:00+07:00");
        getAs(RESPONDER, "/api/v1/incidents/" + reference)
                .andExpect(jsonPath("$.clocks.length()").value(1))
                .andExpect(jsonPath("$.clocks[0].ruleId").value("qd05.incident-notice"))
                .andExpect(jsonPath("$.clocks[0].dueAt").value("2026-06-25T01:30:00Z"));
    }

    private String reportOn(String systemCode, String detectedAt) throws Exception {
        String body = postJson(RESPONDER, "/api/v1/incidents", """
                        {"systemCode":"%s","detectedAt":"%s","type":"MALWARE",
                         "summary":"Mã độc trên máy trạm","severity":"HIGH","tlp":"AMBER"}""".formatted(systemCode, detectedAt))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(body, "$.reference");
    }
}
