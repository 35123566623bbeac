package vn.khien.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static vn.khien.support.Generators.cases;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ReportingCalendarTests {

    static final ReportingCalendar YEARLY_REPORT =
            new ReportingCalendar(List.of(new ReportingCalendar.Cut(MonthDay.of(12, 14), MonthDay.of(12, 5))));
    static final ReportingCalendar HALF_YEARS = new ReportingCalendar(List.of(
            new ReportingCalendar.Cut(MonthDay.of(12, 14), MonthDay.of(12, 14)),
            new ReportingCalendar.Cut(MonthDay.of(6, 14), MonthDay.of(6, 14))));

    @Test
    void theReportingYearEndsOn14DecemberAndItsReportIsDueOn5December() {
        assertThat(YEARLY_REPORT.periodContaining(LocalDate.of(2026, 12, 14)))
                .isEqualTo(
                        new Period(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 5)));
        assertThat(YEARLY_REPORT.periodContaining(LocalDate.of(2026, 12, 15)))
                .isEqualTo(
                        new Period(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 12, 14), LocalDate.of(2027, 12, 5)));
    }

    @Test
    void halfYearsEndOn14JuneAnd14December() {
        assertThat(HALF_YEARS.periodContaining(LocalDate.of(2026, 6, 14)).end()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(HALF_YEARS.periodContaining(LocalDate.of(2026, 6, 15)))
                .isEqualTo(
                        new Period(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 14)));
        assertThat(HALF_YEARS.periodBefore(LocalDate.of(2026, 6, 15)))
                .isEqualTo(
                        new Period(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14), LocalDate.of(2026, 6, 14)));
    }

    @Test
    void aHalfYearEndingFourteenJuneWhoseReportIsDueBeforeTwentyJuneIsDueOnNineteenJune() {
        // Circular 20 Art. 6.1.c: Form 05 half-yearly "trước ngày 20 tháng 6", yearly "trước ngày 15 tháng 12"
        var form05 = new ReportingCalendar(List.of(
                ReportingCalendar.Cut.before(MonthDay.of(6, 14), MonthDay.of(6, 20)),
                ReportingCalendar.Cut.before(MonthDay.of(12, 14), MonthDay.of(12, 15))));
        assertThat(form05.periodContaining(LocalDate.of(2026, 6, 14)))
                .isEqualTo(
                        new Period(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14), LocalDate.of(2026, 6, 19)));
        // on 15 June that half-year is the period before, still due on 19 June
        assertThat(form05.periodBefore(LocalDate.of(2026, 6, 15)).due()).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThat(form05.periodContaining(LocalDate.of(2026, 6, 15)))
                .isEqualTo(
                        new Period(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 14)));
    }

    @Test
    void aCutOn29FebruaryFallsOn28FebruaryOutsideLeapYears() {
        var calendar =
                new ReportingCalendar(List.of(new ReportingCalendar.Cut(MonthDay.of(2, 29), MonthDay.of(2, 29))));
        assertThat(calendar.periodContaining(LocalDate.of(2024, 2, 29)).end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(calendar.periodContaining(LocalDate.of(2025, 3, 1)))
                .isEqualTo(new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28)));
    }

    @Test
    void everyDayLiesInExactlyOnePeriodThatFollowsThePreviousWithoutGap() {
        cases(1000).forAll(days(), calendars()).checkAssert((day, calendar) -> {
            Period current = calendar.periodContaining(day);
            Period previous = calendar.periodBefore(day);
            assertThat(current.contains(day)).isTrue();
            assertThat(previous.end().plusDays(1)).isEqualTo(current.start());
            assertThat(current.due())
                    .isAfterOrEqualTo(current.start())
                    .isBefore(current.start().plusYears(1));
            assertThat(calendar.periodContaining(current.end())).isEqualTo(current);
            assertThat(calendar.periodContaining(current.start())).isEqualTo(current);
        });
    }

    private static Gen<LocalDate> days() {
        return integers().between(0, 365 * 80).map(n -> LocalDate.of(2000, 1, 1).plusDays(n));
    }

    /** One to four distinct cuts sharing a due day, and now and then one of the calendars above. */
    private static Gen<ReportingCalendar> calendars() {
        Gen<MonthDay> monthDays = integers().between(1, 365).map(n -> MonthDay.from(LocalDate.ofYearDay(2023, n)));
        Gen<ReportingCalendar> drawn = lists().of(monthDays)
                .ofSizeBetween(1, 4)
                .map(ends -> ends.stream().distinct().toList())
                .zip(
                        monthDays,
                        (ends, due) -> new ReportingCalendar(ends.stream()
                                .map(end -> new ReportingCalendar.Cut(end, due))
                                .toList()));
        return Generate.frequency(Pair.of(9, drawn), Pair.of(1, Generate.pick(List.of(YEARLY_REPORT, HALF_YEARS))));
    }
}
