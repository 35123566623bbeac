package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.compliance.domain.ICalendar;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/** The private feed: only a live token opens it, with the user's scope at the time of the request. */
@KhienIntegrationTest
class CalendarFeedIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ObligationRecompute recompute;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void evaluate() {
        recompute.all(LocalDate.of(2026, 11, 25));
    }

    @Test
    void anAgencyOfficersFeedIsTextCalendarWithTheirDeadlinesOnly() throws Exception {
        String path = subscribe("canbo.sonv");

        byte[] body = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String ics = new String(body, StandardCharsets.UTF_8);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT\r\n");
        assertThat(Arrays.stream(ics.split("\r\n")))
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        String unfolded = ICalendar.unfold(ics);
        assertThat(unfolded)
                .contains("SUMMARY:" + ICalendar.escape("Báo cáo kết quả kiểm tra, đánh giá trước ngày 05/12")
                        + " — H57.02")
                .contains("DTSTART;VALUE=DATE:20261204")
                .contains("Sở Nội vụ")
                .contains("URL:http://localhost/compliance/obligations?rule=ct14.agency-annual-report&agency=H57.02")
                .doesNotContain("H57.10")
                .doesNotContain("Sở Y tế");
    }

    @Test
    void theFeedFollowsTheLanguageTheUserSwitchesToWithoutANewAddress() throws Exception {
        String path = subscribe("ungcuu");
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("X-WR-CALNAME:Khiên — Lịch hạn an toàn thông tin");
        mvc.perform(post("/account/language")
                        .param("lang", "en")
                        .with(SignedIn.as(users, "ungcuu"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        try {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("X-WR-CALNAME:Khiên — security deadlines");
        } finally {
            jdbc.sql("UPDATE identity.user_account SET language = 'vi' WHERE username = 'ungcuu'")
                    .update();
        }
    }

    @Test
    void eventsKeepTheirUidsAcrossRequestsAndEvaluations() throws Exception {
        String path = subscribe("dieuphoi");
        List<String> first = uids(path);
        recompute.all(LocalDate.of(2026, 11, 25));

        assertThat(first).isNotEmpty().doesNotHaveDuplicates();
        assertThat(uids(path)).containsExactlyElementsOf(first);
    }

    @Test
    void aRevokedRegeneratedOrWrongTokenIsNotFound() throws Exception {
        String old = subscribe("canbo.syt");
        String current = subscribe("canbo.syt");
        mvc.perform(get(old)).andExpect(status().isNotFound());
        mvc.perform(get(current)).andExpect(status().isOk());
        mvc.perform(get("/calendar/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/short.ics")).andExpect(status().isNotFound());

        mvc.perform(post("/compliance/calendar/subscription/revoke")
                        .with(SignedIn.as(users, "canbo.syt"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(current)).andExpect(status().isNotFound());
        long audited = jdbc.sql("SELECT count(*) FROM audit.audit_record WHERE object_type = 'calendar-subscription'"
                        + " AND object_id = 'canbo.syt' AND action = 'compliance.calendar-subscription.revoked'")
                .query(Long.class)
                .single();
        assertThat(audited).isPositive();
    }

    @Test
    void aDisabledAccountsFeedIsNotFound() throws Exception {
        String path = subscribe("canbo.thuanhoa");
        jdbc.sql("UPDATE identity.user_account SET enabled = false WHERE username = 'canbo.thuanhoa'")
                .update();
        try {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        } finally {
            jdbc.sql("UPDATE identity.user_account SET enabled = true WHERE username = 'canbo.thuanhoa'")
                    .update();
        }
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void theCalendarPageShowsTheAddressOnceAndRevokingNothingIsNotFound() throws Exception {
        mvc.perform(post("/compliance/calendar/subscription/revoke")
                        .with(SignedIn.as(users, "giamdoc.sonv"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        subscribe("giamdoc.sonv");
        mvc.perform(get("/compliance/calendar").with(SignedIn.as(users, "giamdoc.sonv")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lần dùng gần nhất: chưa dùng")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"feed-url\""))));
    }

    private List<String> uids(String path) throws Exception {
        String ics = mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Arrays.stream(ICalendar.unfold(ics).split("\r\n"))
                .filter(l -> l.startsWith("UID:"))
                .sorted()
                .toList();
    }

    private String subscribe(String username) throws Exception {
        String url = (String) mvc.perform(post("/compliance/calendar/subscription")
                        .with(SignedIn.as(users, username))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("feedUrl");
        assertThat(url).startsWith("http://localhost/calendar/").endsWith(".ics");
        return url.substring("http://localhost".length());
    }
}
