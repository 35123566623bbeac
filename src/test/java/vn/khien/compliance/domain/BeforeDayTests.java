package vn.khien.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * "Trước ngày X" (before day X): the last day on time is X − 1, for every pack (issue 16 item 3). A
 * cut written {@code before: "12-05"} is due on 4 December; one written {@code due:} keeps its day.
 */
class BeforeDayTests {

    static ReportingCalendar before(MonthDay end, MonthDay before) {
        return new ReportingCalendar(List.of(ReportingCalendar.Cut.before(end, before)));
    }

    static final ReportingCalendar AGENCY_REPORT = before(MonthDay.of(12, 14), MonthDay.of(12, 5));
    static final ReportingCalendar MINISTRY_HALF_YEARS = new ReportingCalendar(List.of(
            ReportingCalendar.Cut.before(MonthDay.of(6, 14), MonthDay.of(6, 14)),
            ReportingCalendar.Cut.before(MonthDay.of(12, 14), MonthDay.of(12, 14))));

    @Test
    void beforeFiveDecemberMeansTheFourthIsTheLastDayOnTime() {
        for (LocalDate day : List.of(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6))) {
            Period period = AGENCY_REPORT.periodContaining(day);
            assertThat(period.due()).isEqualTo(LocalDate.of(2026, 12, 4));
            assertThat(period.end()).isEqualTo(LocalDate.of(2026, 12, 14));
        }
        Period period = AGENCY_REPORT.periodContaining(LocalDate.of(2026, 12, 5));
        assertThat(period.onTime(LocalDate.of(2026, 12, 4))).isTrue();
        assertThat(period.onTime(LocalDate.of(2026, 12, 5))).isFalse();
        assertThat(period.onTime(LocalDate.of(2026, 12, 6))).isFalse();
    }

    @Test
    void beforeFourteenJuneAndDecemberMeansTheThirteenth() {
        assertThat(MINISTRY_HALF_YEARS
                        .periodContaining(LocalDate.of(2026, 6, 13))
                        .due())
                .isEqualTo(LocalDate.of(2026, 6, 13));
        assertThat(MINISTRY_HALF_YEARS
                        .periodContaining(LocalDate.of(2026, 6, 14))
                        .due())
                .isEqualTo(LocalDate.of(2026, 6, 13));
        assertThat(MINISTRY_HALF_YEARS
                        .periodContaining(LocalDate.of(2026, 6, 15))
                        .due())
                .isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(MINISTRY_HALF_YEARS.periodBefore(LocalDate.of(2026, 6, 15)).due())
                .isEqualTo(LocalDate.of(2026, 6, 13));
        assertThat(MINISTRY_HALF_YEARS
                        .periodContaining(LocalDate.of(2026, 12, 13))
                        .due())
                .isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(MINISTRY_HALF_YEARS
                        .periodContaining(LocalDate.of(2026, 12, 14))
                        .due())
                .isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(MINISTRY_HALF_YEARS
                        .periodContaining(LocalDate.of(2026, 12, 15))
                        .due())
                .isEqualTo(LocalDate.of(2027, 6, 13));
    }

    @Test
    void beforeFirstMarchIsTheLastDayOfFebruaryInEveryYear() {
        var calendar = before(MonthDay.of(3, 31), MonthDay.of(3, 1));
        assertThat(calendar.periodContaining(LocalDate.of(2024, 3, 1)).due()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(calendar.periodContaining(LocalDate.of(2025, 3, 1)).due()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void theLegalWordingIsKeptBesideTheComputedDay() {
        Period period = AGENCY_REPORT.periodContaining(LocalDate.of(2026, 12, 1));
        assertThat(AGENCY_REPORT.wording(period, Locale.forLanguageTag("vi"))).isEqualTo("trước ngày 05/12");
        assertThat(AGENCY_REPORT.wording(period, Locale.ENGLISH)).isEqualTo("before 05/12");
        var inclusive =
                new ReportingCalendar(List.of(new ReportingCalendar.Cut(MonthDay.of(12, 14), MonthDay.of(12, 5))));
        assertThat(inclusive.periodContaining(LocalDate.of(2026, 12, 1)).due()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(inclusive.wording(inclusive.periodContaining(LocalDate.of(2026, 12, 1)), Locale.ENGLISH))
                .isEqualTo("by 05/12");
    }

    @Test
    void forEveryYearAndEveryBeforeDayTheDayBeforeIsOnTimeAndTheDayItselfIsLate() {
        qt().forAll(
                        integers().between(2000, 2100),
                        integers().between(1, 365),
                        integers().between(0, 400))
                .checkAssert((year, dayOfYear, offset) -> {
                    MonthDay x = MonthDay.from(LocalDate.ofYearDay(2023, dayOfYear));
                    var calendar = before(MonthDay.of(12, 31), x);
                    LocalDate probe = LocalDate.of(year, 1, 1).plusDays(offset);
                    Period period = calendar.periodContaining(probe);
                    LocalDate legalDay = x.atYear(period.due().plusDays(1).getYear());
                    assertThat(period.due()).isEqualTo(legalDay.minusDays(1));
                    assertThat(period.onTime(legalDay.minusDays(1))).isTrue();
                    assertThat(period.onTime(legalDay)).isFalse();
                    assertThat(period.due()).isAfterOrEqualTo(period.start());
                });
    }
}
