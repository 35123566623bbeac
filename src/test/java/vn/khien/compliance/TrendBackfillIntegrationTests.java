package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.khien.compliance.application.DashboardQueries;
import vn.khien.support.KhienIntegrationTest;

/** The trend's past on a first start: the province as of each of the last twelve month ends, once. */
@KhienIntegrationTest
class TrendBackfillIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("trendBackfill")
    ApplicationRunner trendBackfill;

    @Autowired
    Clock clock;

    @Autowired
    DashboardQueries dashboard;

    @Test
    @WithUserDetails("dieuphoi")
    void aHistoryWithoutAPastGetsTwelveMonthEndsEvaluatedAsOfTheirDayAndOnlyOnce() throws Exception {
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("DELETE FROM compliance.obligation_snapshot WHERE day < :today")
                .param("today", today)
                .update();

        trendBackfill.run(null);
        List<LocalDate> days = pastDays(today);
        trendBackfill.run(null);

        assertThat(days)
                .hasSize(12)
                .first()
                .isEqualTo(today.withDayOfMonth(1).minusMonths(11).minusDays(1));
        assertThat(days).last().isEqualTo(today.withDayOfMonth(1).minusDays(1));
        assertThat(days).allMatch(day -> day.plusDays(1).getDayOfMonth() == 1);
        assertThat(pastDays(today)).as("a second start adds nothing").isEqualTo(days);
        var trend = dashboard.trend(today, 366);
        assertThat(trend.stream().filter(point -> point.day().isBefore(today)))
                .hasSize(12)
                .allSatisfy(point -> assertThat(point.ratePercent()).isBetween(0, 100));
    }

    private List<LocalDate> pastDays(LocalDate today) {
        return jdbc.sql("SELECT DISTINCT day FROM compliance.obligation_snapshot WHERE day < :today ORDER BY day")
                .param("today", today)
                .query(LocalDate.class)
                .list();
    }
}
