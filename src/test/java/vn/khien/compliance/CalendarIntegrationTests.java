package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.khien.compliance.application.CalendarQueries;
import vn.khien.compliance.application.CalendarQueries.CalendarFilter;
import vn.khien.compliance.application.CalendarQueries.Deadline;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.shared.Paging;
import vn.khien.support.KhienIntegrationTest;

/** Deadlines by month and as a list, with fixed days, month boundaries and the viewer's scope. */
@KhienIntegrationTest
class CalendarIntegrationTests {

    private static final LocalDate EVALUATED = LocalDate.of(2026, 11, 25);

    @Autowired
    CalendarQueries calendar;

    @Autowired
    ObligationRecompute recompute;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void evaluate() {
        recompute.all(EVALUATED);
        for (LocalDate due : List.of(
                LocalDate.of(2028, 2, 28),
                LocalDate.of(2028, 2, 29),
                LocalDate.of(2028, 3, 1),
                LocalDate.of(2028, 1, 31))) {
            deadline("H57.02", due);
        }
        deadline("H57.10", LocalDate.of(2028, 2, 29));
    }

    @AfterEach
    void removeTestDeadlines() {
        jdbc.sql("DELETE FROM compliance.obligation WHERE rule_id = 'test.leap'")
                .update();
    }

    @Test
    @WithUserDetails("dieuphoi")
    void theCoordinatorSeesTheAnnualReportsDueOnTheFourthOfDecember() {
        var days = calendar.month(new CalendarFilter(YearMonth.of(2026, 12), null, null, null, null));

        // "trước ngày 5/12": the last day on time is the 4th
        var fifth = days.stream()
                .filter(d -> d.date().equals(LocalDate.of(2026, 12, 4)))
                .findFirst();
        assertThat(fifth).isPresent();
        assertThat(fifth.get().total()).isGreaterThan(1);
        assertThat(fifth.get().deadlines()).hasSizeLessThanOrEqualTo(CalendarQueries.PER_DAY);
        var list = calendar.list(
                new CalendarFilter(
                        YearMonth.of(2026, 12), LocalDate.of(2026, 12, 4), null, "ct14.agency-annual-report", null),
                Paging.of(0, 500));
        assertThat(list.items()).extracting(Deadline::agencyCode).contains("H57.02", "H57.10");
        // the owners' level 3-4 assessments fall due the same day as their report (seed §1)
        assertThat(list.total()).isLessThan(fifth.get().total());
    }

    @Test
    @WithUserDetails("dieuphoi")
    void aLeapMonthEndsOnItsTwentyNinthAndTheNextStartsOnTheFirst() {
        var february = calendar.month(new CalendarFilter(YearMonth.of(2028, 2), null, null, "test.leap", null));
        var march = calendar.month(new CalendarFilter(YearMonth.of(2028, 3), null, null, "test.leap", null));

        assertThat(february)
                .extracting(CalendarQueries.Day::date)
                .containsExactly(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 29));
        assertThat(february.get(1).total()).isEqualTo(2);
        assertThat(march).extracting(CalendarQueries.Day::date).containsExactly(LocalDate.of(2028, 3, 1));
    }

    @Test
    @WithUserDetails("dieuphoi")
    void theListIsInDateOrderWithinTheMonthAndNarrowsToAnAgency() {
        var all = calendar.list(
                new CalendarFilter(YearMonth.of(2028, 2), null, null, "test.leap", null), Paging.of(0, 50));
        var one = calendar.list(
                new CalendarFilter(YearMonth.of(2028, 2), null, "H57.10", "test.leap", null), Paging.of(0, 50));

        assertThat(all.items())
                .extracting(Deadline::dueDate)
                .containsExactly(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 29));
        assertThat(one.items()).extracting(Deadline::agencyCode).containsExactly("H57.10");
        assertThat(one.items().get(0).agencyName()).isEqualTo("Sở Y tế");
    }

    @Test
    @WithUserDetails("canbo.sonv")
    void anAgencyOfficerSeesOnlyTheirAgencyAndNothingWhenGuessingAnother() {
        var february = calendar.list(
                new CalendarFilter(YearMonth.of(2028, 2), null, null, "test.leap", null), Paging.of(0, 50));
        var guessed =
                calendar.list(new CalendarFilter(YearMonth.of(2028, 2), null, "H57.10", null, null), Paging.of(0, 50));
        var december = calendar.month(new CalendarFilter(YearMonth.of(2026, 12), null, null, null, null));

        assertThat(february.items()).extracting(Deadline::agencyCode).containsOnly("H57.02");
        assertThat(guessed.total()).isZero();
        assertThat(december)
                .flatExtracting(CalendarQueries.Day::deadlines)
                .extracting(Deadline::agencyCode)
                .isNotEmpty()
                .containsOnly("H57.02");
        assertThat(calendar.agencyChoices())
                .extracting(CalendarQueries.AgencyChoice::code)
                .containsExactly("H57.02");
    }

    private void deadline(String agency, LocalDate due) {
        jdbc.sql("""
                        INSERT INTO compliance.obligation (rule_id, subject_type, subject_code, item_ref, agency_code,
                            period_start, period_end, due_date, status, reason_key, evaluated_on)
                        VALUES ('test.leap', 'AGENCY', :agency, :item, :agency, :due, :due, :due, 'DUE', 'x', :on)""")
                .param("agency", agency)
                .param("item", due.toString())
                .param("due", due)
                .param("on", EVALUATED)
                .update();
    }
}
