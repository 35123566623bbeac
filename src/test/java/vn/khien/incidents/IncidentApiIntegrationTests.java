package vn.khien.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class IncidentApiIntegrationTests extends IncidentsTestSupport {

    @Test
    void anOfficerReportsAnIncidentAndGetsAReferenceAndAnAudit() throws Exception {
        String reference = report("2026-05-02T08:30:00+07:00", "AMBER");
        assertThat(reference).matches("SC-\\d{4}-\\d{6}");
        getAs(OFFICER, "/api/v1/incidents/" + reference)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.agencyCode").value("H57.02"))
                .andExpect(jsonPath("$.clocks[0].ruleId").value("qd05.incident-notice"))
                .andExpect(jsonPath("$.clocks[0].dueAt").value("2026-05-07T01:30:00Z"));
        getAs(OFFICER, "/api/v1/incidents?q=" + reference)
                .andExpect(jsonPath("$.items[0].reference").value(reference));
        assertThat(auditActions(reference)).contains("incidents.incident.reported");
    }

    @Test
    void refusesTaskTextsLongerThanTheirColumnsAndDueDatesWrittenAsNumbers() throws Exception {
        String reference = report("2026-05-03T08:30:00+07:00", "AMBER");
        String tasks = "/api/v1/incidents/" + reference + "/tasks";
        String megabyte = "x".repeat(1 << 20);
        postJson(RESPONDER, tasks, "{\"title\":\"" + megabyte + "\",\"owner\":\"Đội ứng cứu\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        postJson(RESPONDER, tasks, "{\"title\":\"Cô lập máy chủ\",\"owner\":\"" + megabyte + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
        for (String number : new String[] {"-1", "0", "20261231"}) {
            postJson(RESPONDER, tasks, "{\"title\":\"Cô lập\",\"owner\":\"Đội\",\"dueOn\":" + number + "}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("dueOn"))
                    .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("yyyy-MM-dd")));
        }
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM incidents.incident_task t JOIN incidents.incident i ON i.id = t.incident"
                                        + " WHERE i.reference = ?")
                        .param(reference)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesADetectionTimeInTheFutureAndChangesNothing() throws Exception {
        long before = incidents();
        postJson(OFFICER, "/api/v1/incidents", """
                        {"systemCode":"SNV.WEB","detectedAt":"2099-01-01T00:00:00+07:00","type":"MALWARE",
                         "summary":"x","severity":"LOW","tlp":"GREEN"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("detectedAt")));
        assertThat(incidents()).isEqualTo(before);
    }

    @Test
    void refusesAnUnknownSystemAndAnotherAgencysSystemAlike() throws Exception {
        long before = incidents();
        for (String system : new String[] {"KHONG.CO", "SYT.WEB"}) {
            postJson(OFFICER, "/api/v1/incidents", """
                            {"systemCode":"%s","detectedAt":"2026-05-02T08:30:00+07:00","type":"MALWARE",
                             "summary":"x","severity":"LOW"}""".formatted(system))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("systemCode"))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("Không có hệ thống thông tin này trong phạm vi báo cáo của bạn."));
        }
        postJson(OFFICER, "/api/v1/incidents", """
                        {"systemCode":" ","detectedAt":"2026-05-02T08:30:00+07:00","type":"",
                         "summary":"x","severity":"LOW"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("systemCode"))
                .andExpect(jsonPath("$.errors[0].message").value("Thông tin này là bắt buộc."))
                .andExpect(jsonPath("$.errors[1].field").value("type"))
                .andExpect(jsonPath("$.errors[1].message").value("Thông tin này là bắt buộc."));
        assertThat(incidents()).isEqualTo(before);
    }

    @Test
    void anInvalidTransitionIsAConflictAndChangesNothing() throws Exception {
        String reference = report("2026-05-02T08:30:00+07:00", "AMBER");
        postJson(
                        RESPONDER,
                        "/api/v1/incidents/" + reference + "/close",
                        "{\"rootCause\":\"a\",\"lessonsLearned\":\"b\",\"finalReport\":\"c\"}")
                .andExpect(status().isConflict());
        postJson(RESPONDER, "/api/v1/incidents/" + reference + "/transitions", "{\"action\":\"CONTAIN\"}")
                .andExpect(status().isConflict());
        getAs(RESPONDER, "/api/v1/incidents/" + reference)
                .andExpect(jsonPath("$.status").value("RECEIVED"));
    }

    @Test
    void theResponseRunsToClosureAndClosingNeedsRootCauseLessonsAndReport() throws Exception {
        String reference = report("2026-05-02T08:30:00+07:00", "AMBER");
        move(reference, "VERIFY");
        move(reference, "CONTAIN");
        move(reference, "ERADICATE");
        move(reference, "RECOVER");
        postJson(RESPONDER, "/api/v1/incidents/" + reference + "/close", "{\"rootCause\":\"Lỗ hổng CMS\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("lessonsLearned", "finalReport")));
        postJson(RESPONDER, "/api/v1/incidents/" + reference + "/close", """
                        {"rootCause":"Lỗ hổng CMS","lessonsLearned":"Cập nhật bản vá hằng tuần",
                         "finalReport":"Đã khôi phục trang"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.clocks[?(@.ruleId == 'qd05.final-report')].state")
                        .value("MET"));
        postJson(RESPONDER, "/api/v1/incidents/" + reference + "/transitions", "{\"action\":\"REOPEN\"}")
                .andExpect(status().isBadRequest());
        assertThat(auditActions(reference)).contains("incidents.incident.closed");
    }

    @Test
    void anotherAgencysOfficerGets404EverywhereAndDoesNotListIt() throws Exception {
        String reference = report("2026-05-02T08:30:00+07:00", "GREEN");
        getAs(OTHER_OFFICER, "/api/v1/incidents/" + reference).andExpect(status().isNotFound());
        getAs(OTHER_OFFICER, "/incidents/" + reference).andExpect(status().isNotFound());
        getAs(OTHER_OFFICER, "/api/v1/incidents/" + reference + "/similar").andExpect(status().isNotFound());
        postJson(OTHER_OFFICER, "/api/v1/incidents/" + reference + "/comments", "{\"text\":\"x\"}")
                .andExpect(status().isNotFound());
        getAs(OTHER_OFFICER, "/api/v1/incidents?q=" + reference)
                .andExpect(jsonPath("$.total").value(0));
        getAs(OTHER_OFFICER, "/api/v1/incidents/SC-2026-999999").andExpect(status().isNotFound());
    }

    @Test
    void aPartySeesOnlyWhatItsTlpAllows() throws Exception {
        String reference = report("2026-05-02T08:30:00+07:00", "AMBER");
        getAs("congan", "/api/v1/incidents/" + reference).andExpect(status().isNotFound());
        postJson(RESPONDER, "/api/v1/incidents/" + reference + "/parties", """
                        {"kind":"POLICE","organisationCode":"H57.16","name":"Công an tỉnh","clearedTlp":"GREEN",
                         "asked":"Hỗ trợ điều tra"}""").andExpect(status().isCreated());
        getAs("congan", "/api/v1/incidents/" + reference)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.detailsShown").value(false))
                .andExpect(jsonPath("$.report").doesNotExist())
                .andExpect(jsonPath("$.timeline").isEmpty())
                .andExpect(jsonPath("$.parties[0].asked").value("Hỗ trợ điều tra"));
        putJson(
                        RESPONDER,
                        "/api/v1/incidents/" + reference + "/classification",
                        "{\"type\":\"DEFACEMENT\",\"severity\":\"HIGH\",\"tlp\":\"GREEN\"}")
                .andExpect(status().isOk());
        getAs("congan", "/api/v1/incidents/" + reference)
                .andExpect(jsonPath("$.detailsShown").value(true))
                .andExpect(jsonPath("$.report.summary").value("Trang chủ bị thay đổi giao diện"));
    }

    @Test
    void aRedIncidentIsSeenOnlyByNamedPeopleAndEveryViewIsAudited() throws Exception {
        String reference = report("2026-05-02T08:30:00+07:00", "AMBER");
        putJson(
                        RESPONDER,
                        "/api/v1/incidents/" + reference + "/classification",
                        "{\"type\":\"DATA_LEAK\",\"severity\":\"CRITICAL\",\"tlp\":\"RED\"}")
                .andExpect(status().isOk());
        getAs("dieuphoi", "/api/v1/incidents/" + reference).andExpect(status().isNotFound());
        getAs("giamdoc.sonv", "/api/v1/incidents/" + reference).andExpect(status().isNotFound());
        getAs(OFFICER, "/api/v1/incidents/" + reference).andExpect(status().isOk());
        postJson(RESPONDER, "/api/v1/incidents/" + reference + "/viewers", "{\"username\":\"dieuphoi\"}")
                .andExpect(status().isOk());
        getAs("dieuphoi", "/api/v1/incidents/" + reference).andExpect(status().isOk());
        assertThat(auditActions(reference))
                .filteredOn("incidents.incident.viewed"::equals)
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void similarIncidentsShareTheSystemOrAnIndicator() throws Exception {
        String first = report("2026-05-02T08:30:00+07:00", "GREEN");
        String second = report("2026-05-03T08:30:00+07:00", "GREEN");
        postJson(OFFICER, "/api/v1/incidents/" + first + "/indicators", "{\"kind\":\"IP\",\"value\":\"203.0.113.9\"}")
                .andExpect(status().isOk());
        postJson(OFFICER, "/api/v1/incidents/" + second + "/indicators", "{\"kind\":\"IP\",\"value\":\" 203.0.113.9\"}")
                .andExpect(status().isOk());
        postJson(OFFICER, "/api/v1/incidents/" + second + "/indicators", "{\"kind\":\"FILE_HASH\",\"value\":\"xyz\"}")
                .andExpect(status().isBadRequest());
        getAs(OFFICER, "/api/v1/incidents/" + first + "/similar")
                .andExpect(jsonPath("$[?(@.reference == '" + second + "')].sharedIndicators[0]")
                        .value("IP 203.0.113.9"));
    }

    @Test
    void refusesAnOversizedAttachment() throws Exception {
        String reference = report("2026-05-02T08:30:00+07:00", "GREEN");
        byte[] big = new byte[11 * 1024 * 1024];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        var file = new org.springframework.mock.web.MockMultipartFile("file", "nhat-ky.pdf", "application/pdf", big);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/api/v1/incidents/" + reference + "/files")
                        .file(file)
                        .with(as(OFFICER)))
                .andExpect(status().is4xxClientError());
        getAs(OFFICER, "/api/v1/incidents/" + reference)
                .andExpect(jsonPath("$.files").isEmpty());
    }
}
