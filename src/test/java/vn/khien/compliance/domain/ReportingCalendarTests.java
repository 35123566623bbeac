package vn.khien.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReportingCalendarTests {

    static final ReportingCalendar YEARLY_REPORT =
            new ReportingCalendar(List.of(new ReportingCalendar.Cut(MonthDay.of(12, 14), MonthDay.of(12, 5))));
    static final ReportingCalendar HALF_YEARS = new ReportingCalendar(List.of(
            new ReportingCalendar.Cut(MonthDay.of(12, 14), MonthDay.of(12, 14)),
            new ReportingCalendar.Cut(MonthDay.of(6, 14), MonthDay.of(6, 14))));

    @Example
    void theReportingYearEndsOn14DecemberAndItsReportIsDueOn5December() {
        assertThat(YEARLY_REPORT.periodContaining(LocalDate.of(2026, 12, 14)))
                .isEqualTo(
                        new Period(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 5)));
        assertThat(YEARLY_REPORT.periodContaining(LocalDate.of(2026, 12, 15)))
                .isEqualTo(
                        new Period(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 12, 14), LocalDate.of(2027, 12, 5)));
    }

    @Example
    void halfYearsEndOn14JuneAnd14December() {
        assertThat(HALF_YEARS.periodContaining(LocalDate.of(2026, 6, 14)).end()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(HALF_YEARS.periodContaining(LocalDate.of(2026, 6, 15)))
                .isEqualTo(
                        new Period(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 14)));
        assertThat(HALF_YEARS.periodBefore(LocalDate.of(2026, 6, 15)))
                .isEqualTo(
                        new Period(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14), LocalDate.of(2026, 6, 14)));
    }

    @Example
    void aCutOn29FebruaryFallsOn28FebruaryOutsideLeapYears() {
        var calendar =
                new ReportingCalendar(List.of(new ReportingCalendar.Cut(MonthDay.of(2, 29), MonthDay.of(2, 29))));
        assertThat(calendar.periodContaining(LocalDate.of(2024, 2, 29)).end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(calendar.periodContaining(LocalDate.of(2025, 3, 1)))
                .isEqualTo(new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28)));
    }

    @Property
    void everyDayLiesInExactlyOnePeriodThatFollowsThePreviousWithoutGap(
            @ForAll("days") LocalDate day, @ForAll("calendars") ReportingCalendar calendar) {
        Period current = calendar.periodContaining(day);
        Period previous = calendar.periodBefore(day);
        assertThat(current.contains(day)).isTrue();
        assertThat(previous.end().plusDays(1)).isEqualTo(current.start());
        assertThat(current.due())
                .isAfterOrEqualTo(current.start())
                .isBefore(current.start().plusYears(1));
        assertThat(calendar.periodContaining(current.end())).isEqualTo(current);
        assertThat(calendar.periodContaining(current.start())).isEqualTo(current);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers()
                .between(0, 365 * 80)
                .map(n -> LocalDate.of(2000, 1, 1).plusDays(n));
    }

    @Provide
    Arbitrary<ReportingCalendar> calendars() {
        Arbitrary<MonthDay> monthDays =
                Arbitraries.integers().between(1, 365).map(n -> MonthDay.from(LocalDate.ofYearDay(2023, n)));
        return Arbitraries.of(YEARLY_REPORT, HALF_YEARS)
                .injectDuplicates(0)
                .flatMap(fixed -> monthDays
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(4)
                        .uniqueElements()
                        .flatMap(ends -> monthDays.map(due -> new ReportingCalendar(ends.stream()
                                .map(end -> new ReportingCalendar.Cut(end, due))
                                .toList()))));
    }
}
