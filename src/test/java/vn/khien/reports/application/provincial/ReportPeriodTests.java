package vn.khien.reports.application.provincial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.khien.reports.ReportKind;

class ReportPeriodTests {

    @Test
    void theAnnualReportCoversLevelsThreeAndFourFromFifteenDecemberToFourteenDecember() {
        var period = new ReportPeriod(ReportKind.PROVINCIAL_ANNUAL, 2026, null, LocalDate.of(2026, 12, 10));
        assertThat(period.levels()).containsExactlyInAnyOrder(3, 4);
        assertThat(period.start()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(period.until()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(period.incidents().to()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void theLevelFiveHalvesEndOnFourteenJuneAndFourteenDecember() {
        var first = new ReportPeriod(ReportKind.PROVINCIAL_LEVEL5_HALF_YEAR, 2026, 1, LocalDate.of(2026, 12, 10));
        var second = new ReportPeriod(ReportKind.PROVINCIAL_LEVEL5_HALF_YEAR, 2026, 2, LocalDate.of(2026, 12, 20));
        assertThat(first.levels()).containsExactly(5);
        assertThat(first.start()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(first.until()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(first.agencyReportsDue()).isFalse();
        assertThat(second.start()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(second.until()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(second.incidents().from()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(second.agencyReportsDue()).isTrue();
    }

    @Test
    void refusesAHalfOnTheAnnualReportAndAnAgencyReport() {
        assertThatThrownBy(() -> new ReportPeriod(ReportKind.PROVINCIAL_ANNUAL, 2026, 1, LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportPeriod(ReportKind.PROVINCIAL_LEVEL5_HALF_YEAR, 2026, 3, LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportPeriod(ReportKind.AGENCY_ANNUAL, 2026, null, LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
