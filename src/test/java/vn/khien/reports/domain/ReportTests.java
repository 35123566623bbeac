package vn.khien.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.khien.reports.ReportKind;
import vn.khien.reports.ReportStatus;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

class ReportTests {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static Report aDraft() {
        return Report.draft(new ReportPeriod(ReportKind.AGENCY_ANNUAL, 2026, null), "H57.02", TODAY, "canbo.sonv", NOW);
    }

    static Report submittedOn(LocalDate day) {
        Report report = aDraft();
        report.approve("giamdoc.sonv", NOW);
        report.submit("12/BC-SNV", "giamdoc.sonv", NOW, day);
        return report;
    }

    @Test
    void aDraftTakesTheNarrativeAndAnEarlierCutOff() {
        Report report = aDraft();
        report.edit(new Narrative(" Tình hình ổn định. ", "", "Đề xuất"), TODAY.minusDays(3), TODAY, "canbo.sonv", NOW);
        assertThat(report.narrative().situation()).isEqualTo("Tình hình ổn định.");
        assertThat(report.narrative().difficulties()).isNull();
        assertThat(report.cutOff()).isEqualTo(TODAY.minusDays(3));
        assertThat(report.steps().editedBy()).isEqualTo("canbo.sonv");
    }

    @Test
    void aCutOffInTheFutureIsRefused() {
        assertThatThrownBy(() -> aDraft().edit(Narrative.EMPTY, TODAY.plusDays(1), TODAY, "canbo.sonv", NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSectionLongerThanTheLimitIsRefused() {
        String tooLong = "x".repeat(Narrative.MAX_LENGTH + 1);
        assertThatThrownBy(() -> aDraft().edit(new Narrative(tooLong, null, null), null, TODAY, "canbo.sonv", NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyAnApprovedReportIsSubmitted() {
        Report report = aDraft();
        assertThatThrownBy(() -> report.submit("1/BC", "giamdoc.sonv", NOW, TODAY))
                .isInstanceOf(ConflictException.class);
        report.approve("giamdoc.sonv", NOW);
        report.submit("1/BC", "giamdoc.sonv", NOW, TODAY);
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.steps().submittedBy()).isEqualTo("giamdoc.sonv");
        assertThat(report.steps().submittedOn()).isEqualTo(TODAY);
    }

    @Test
    void aSubmittedReportIsFrozen() {
        Report report = submittedOn(TODAY);
        assertThatThrownBy(() -> report.edit(new Narrative("khác", null, null), null, TODAY, "canbo.sonv", NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> report.approve("giamdoc.sonv", NOW)).isInstanceOf(ConflictException.class);
        assertThat(report.status().frozen()).isTrue();
    }

    @Test
    void aCorrectionIsTheNextVersionWithItsReasonAndTheSameNarrative() {
        Report report = aDraft();
        report.edit(new Narrative("Tình hình", null, null), null, TODAY, "canbo.sonv", NOW);
        report.approve("giamdoc.sonv", NOW);
        report.submit("1/BC", "giamdoc.sonv", NOW, TODAY);
        Report next = report.correction("Bổ sung số liệu", TODAY, "canbo.sonv", NOW);
        assertThat(next.reportVersion()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(next.correctionReason()).isEqualTo("Bổ sung số liệu");
        assertThat(next.narrative().situation()).isEqualTo("Tình hình");
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(next.reference()).isEqualTo("agency-annual/H57.02/2026/v2");
    }

    @Test
    void aCorrectionNeedsAReasonAndAFrozenVersion() {
        assertThatThrownBy(() -> aDraft().correction("x", TODAY, "canbo.sonv", NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> submittedOn(TODAY).correction(" ", TODAY, "canbo.sonv", NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theCoordinatorReturnsASubmittedReportWithComments() {
        Report report = submittedOn(TODAY);
        assertThatThrownBy(() -> report.returnWithComments("", "dieuphoi", NOW))
                .isInstanceOf(InvalidInputException.class);
        report.returnWithComments("Thiếu kết quả đánh giá hệ thống cấp độ 3", "dieuphoi", NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.returnComments()).startsWith("Thiếu");
        assertThat(report.correction("Bổ sung", TODAY, "canbo.sonv", NOW).reportVersion())
                .isEqualTo(2);
    }

    @Test
    void aDraftCannotBeReturned() {
        assertThatThrownBy(() -> aDraft().returnWithComments("x", "dieuphoi", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void submittedOnTheFourthOfDecemberIsOnTimeAndOnTheFifthLate() {
        assertThat(submittedOn(LocalDate.of(2026, 12, 4)).late()).isFalse();
        assertThat(submittedOn(LocalDate.of(2026, 12, 5)).late()).isTrue();
        assertThat(aDraft().late()).isFalse();
    }

    @Test
    void theCoordinatorsReportsAreDueBeforeTheFourteenth() {
        assertThat(new ReportPeriod(ReportKind.PROVINCIAL_ANNUAL, 2026, null).lastDayOnTime())
                .isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(new ReportPeriod(ReportKind.PROVINCIAL_LEVEL5_HALF_YEAR, 2026, 1).lastDayOnTime())
                .isEqualTo(LocalDate.of(2026, 6, 13));
        assertThatThrownBy(() -> new ReportPeriod(ReportKind.PROVINCIAL_LEVEL5_HALF_YEAR, 2026, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewDraftIsCutOffTodayWithinThePeriod() {
        var period = new ReportPeriod(ReportKind.AGENCY_ANNUAL, 2025, null);
        assertThat(period.defaultCutOff(TODAY)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(new ReportPeriod(ReportKind.AGENCY_ANNUAL, 2026, null).defaultCutOff(TODAY))
                .isEqualTo(TODAY);
    }
}
