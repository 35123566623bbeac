package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.compliance.application.DashboardQueries;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.shared.Paging;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/** The province dashboard's rate by kind, heat map and trend; the agency dashboard's next steps. */
@KhienIntegrationTest
class DashboardIntegrationTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ObligationRecompute recompute;

    @Autowired
    DashboardQueries dashboard;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void evaluate() {
        recompute.all(DAY);
    }

    @Test
    void aFullEvaluationWritesTheDaysSnapshotOnceHoweverOftenItRuns() {
        recompute.all(DAY);

        long snapshot = jdbc.sql("SELECT sum(obligations) FROM compliance.obligation_snapshot WHERE day = :day")
                .param("day", DAY)
                .query(Long.class)
                .single();
        long obligations = jdbc.sql("SELECT count(*) FROM compliance.obligation")
                .query(Long.class)
                .single();
        assertThat(snapshot).isEqualTo(obligations).isPositive();
        long kinds = jdbc.sql("""
                        SELECT count(*) FROM compliance.obligation_snapshot
                        WHERE day = :day AND rule_id = 'ct14.agency-annual-report' AND agency_kind = 'PROVINCIAL_DEPARTMENT'""").param("day", DAY).query(Long.class).single();
        assertThat(kinds).isPositive();
    }

    @Test
    @WithUserDetails("dieuphoi")
    void theTrendGivesTheProvinceRateAndOverdueCountPerDay() {
        recompute.all(DAY.minusDays(1));
        recompute.all(DAY);

        var trend = dashboard.trend(DAY, 90);

        assertThat(trend).extracting(DashboardQueries.TrendPoint::day).containsSubsequence(DAY.minusDays(1), DAY);
        long overdue = jdbc.sql("SELECT count(*) FROM compliance.obligation WHERE status = 'OVERDUE'")
                .query(Long.class)
                .single();
        var today = trend.get(trend.size() - 1);
        assertThat(today.overdue()).isEqualTo(overdue);
        assertThat(today.ratePercent()).isBetween(0, 100);
    }

    @Test
    @WithUserDetails("canbo.sonv")
    void anAgencyOfficerHasNoProvinceTrendAndAHeatMapOfTheirAgencyOnly() {
        assertThat(dashboard.trend(DAY, 90)).isEmpty();
        assertThat(dashboard.heatMap(null, null, Paging.of(0, 50)).rows().items())
                .extracting(DashboardQueries.HeatRow::agencyCode)
                .containsExactly("H57.02");
    }

    @Test
    @WithUserDetails("dieuphoi")
    void heatMapRowsComeWorstFirstThenInVietnameseNameOrderAndNarrowToAKind() {
        var rows = dashboard.heatMap(null, null, Paging.of(0, 500)).rows().items();
        var departments = dashboard.heatMap("PROVINCIAL_DEPARTMENT", null, Paging.of(0, 500));

        // the oracle is the database's ICU Vietnamese collation (the JDK's collator ignores punctuation, ICU
        // does not: "Giám sát điều…" and "Giám sát, điều…" come in opposite orders), after the count behind
        List<String> names =
                rows.stream().map(DashboardQueries.HeatRow::agencyName).toList();
        List<String> expectedOrder = jdbc.sql("""
                        SELECT n FROM unnest(CAST(:names AS text[]), CAST(:behind AS bigint[])) WITH ORDINALITY AS t(n, b, i)
                        ORDER BY b DESC, n COLLATE public.vietnamese, i""")
                .param("names", names.toArray(String[]::new))
                .param(
                        "behind",
                        rows.stream().map(DashboardQueries.HeatRow::behind).toArray(Long[]::new))
                .query(String.class)
                .list();
        assertThat(rows.get(0).behind()).isPositive();
        assertThat(names).isEqualTo(expectedOrder);
        assertThat(departments.rows().items())
                .extracting(DashboardQueries.HeatRow::agencyCode)
                .contains("H57.02", "H57.10")
                .doesNotContain("H57.10.01");
        assertThat(departments.rows().items().get(0).cells()).isNotEmpty();
        assertThat(dashboard.byAgencyKind())
                .extracting(DashboardQueries.KindSummary::kind)
                .contains("PROVINCIAL_DEPARTMENT");
    }

    @Test
    @WithUserDetails("dieuphoi")
    void theHeadlineCountsEveryObligationOfTheProvinceAndEveryAgencyBehind() {
        var headline = dashboard.headline(dashboard.byAgencyKind());
        var rows = dashboard.heatMap(null, null, Paging.of(0, 5000)).rows().items();

        long violated = jdbc.sql("SELECT count(*) FROM compliance.obligation WHERE status = 'VIOLATED'")
                .query(Long.class)
                .single();
        assertThat(headline.all().violated()).isEqualTo(violated);
        assertThat(headline.agenciesBehind())
                .isPositive()
                .isEqualTo(rows.stream().filter(r -> r.behind() > 0).count());
    }

    @Test
    @WithUserDetails("dieuphoi")
    void theHeatMapFindsAnAgencyByItsNameWithoutAccents() {
        var found = dashboard.heatMap(null, "so noi vu", Paging.of(0, 20)).rows();

        assertThat(found.items())
                .extracting(DashboardQueries.HeatRow::agencyCode)
                .containsExactly("H57.02");
        assertThat(found.total()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("dieuphoi")
    void theProvinceDashboardLinksHeatMapCellsToTheirObligations() throws Exception {
        var first =
                dashboard.heatMap(null, null, Paging.of(0, 20)).rows().items().get(0);
        String rule = first.cells().keySet().iterator().next();
        mvc.perform(get("/compliance").with(SignedIn.as(users, "dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bản đồ nhiệt cơ quan × quy tắc")))
                .andExpect(content().string(containsString("id=\"headline-behind\"")))
                .andExpect(content().string(containsString("Cơ quan đang chậm")))
                .andExpect(content()
                        .string(containsString(
                                "/compliance/obligations?agency=" + first.agencyCode() + "&amp;rule=" + rule)))
                .andExpect(content().string(containsString("Tỷ lệ tuân thủ theo loại hình cơ quan")))
                .andExpect(content().string(containsString("/compliance?kind=PROVINCIAL_DEPARTMENT#heat-map")))
                .andExpect(content()
                        .string(containsString(
                                "/compliance/obligations?kind=PROVINCIAL_DEPARTMENT&amp;status=OVERDUE")))
                .andExpect(content().string(containsString("id=\"trend-chart\"")));
        mvc.perform(get("/compliance").param("kind", "PROVINCIAL_DEPARTMENT").with(SignedIn.as(users, "congan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đang lọc: Sở, ban, ngành")));
    }

    @Test
    void obligationsAboutASystemAreNamedByTheSystemsNameWithItsCodeAsATooltip() throws Exception {
        mvc.perform(get("/compliance/obligations").param("system", "SNV.QLCB").with(SignedIn.as(users, "dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("title=\"SNV.QLCB\">Cơ sở dữ liệu cán bộ, công chức, viên chức")))
                .andExpect(content().string(not(containsString(">SNV.QLCB</a>"))));
    }

    @Test
    void theProvinceDashboardDoesNotRepeatItsListsAsAnAgencysNextSteps() throws Exception {
        mvc.perform(get("/compliance").with(SignedIn.as(users, "dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bản đồ nhiệt")))
                .andExpect(content().string(not(containsString("id=\"next-steps\""))));
    }

    @Test
    void anEmptyHistoryShowsAClearEmptyState() throws Exception {
        jdbc.sql("DELETE FROM compliance.obligation_snapshot").update();
        mvc.perform(get("/compliance").with(SignedIn.as(users, "dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"trend-empty\"")))
                .andExpect(content().string(not(containsString("id=\"trend-chart\""))));
    }

    @Test
    void theAgencyDashboardSaysWhatToDoNextWithoutProvinceFigures() throws Exception {
        mvc.perform(get("/compliance").with(SignedIn.as(users, "canbo.sonv")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Việc cần làm tiếp")))
                .andExpect(content().string(not(containsString("Bản đồ nhiệt"))))
                .andExpect(content().string(not(containsString("Sở Y tế"))));
    }

    @Test
    void anAgencysViolationsComeFirstInWhatToDoNext() throws Exception {
        long violated = jdbc.sql(
                        "SELECT count(*) FROM compliance.obligation WHERE agency_code = 'H57.02' AND status = 'VIOLATED'")
                .query(Long.class)
                .single();
        assertThat(violated).as("violated obligations of Sở Nội vụ in the demo").isPositive();

        String page = mvc.perform(get("/compliance").with(SignedIn.as(users, "canbo.sonv")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String steps = page.substring(page.indexOf("id=\"next-steps\""));
        assertThat(steps.indexOf("Vi phạm")).isPositive().isLessThan(steps.indexOf("Quá hạn"));
    }
}
