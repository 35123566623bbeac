package vn.khien.assessments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.khien.assessments.FindingClosed;
import vn.khien.assessments.FindingRaised;
import vn.khien.assessments.FindingStatus;
import vn.khien.assessments.Severity;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

class FindingTests {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static Finding anOpenFinding() {
        return Finding.raise(
                UUID.randomUUID(),
                null,
                new Finding.Facts("H57.02", "SNV.QLCB", 3, "Thiếu MFA", null, "KT.MC.05", Severity.CRITICAL, null),
                TODAY.plusDays(15),
                "danhgia",
                NOW);
    }

    @Test
    void raisingPublishesFindingRaisedWithTheDueDate() {
        var f = anOpenFinding();
        assertThat(f.pendingEvents())
                .containsExactly(
                        new FindingRaised(f.id(), "H57.02", "SNV.QLCB", Severity.CRITICAL, TODAY.plusDays(15)));
    }

    @Test
    void aFixIsClaimedThenVerifiedAndOnlyThenClosed() {
        var f = anOpenFinding();
        f.planRemediation("Phòng CNTT", "Bật MFA", null, NOW);
        assertThatThrownBy(() -> f.verifyClosed(TODAY, NOW)).isInstanceOf(ConflictException.class);
        f.claimFixed("Đã bật", NOW);
        f.verifyClosed(TODAY, NOW);

        assertThat(f.status()).isEqualTo(FindingStatus.CLOSED);
        assertThat(f.pendingEvents())
                .contains(new FindingClosed(f.id(), "H57.02", "SNV.QLCB", Severity.CRITICAL, TODAY));
    }

    @Test
    void aRejectedFixGoesBackToTheAgency() {
        var f = anOpenFinding();
        f.claimFixed("Đã bật", NOW);
        f.reopen("Còn tài khoản chưa bật", NOW);
        assertThat(f.status()).isEqualTo(FindingStatus.REMEDIATION_PLANNED);
    }

    @Test
    void aRiskIsAcceptedOnlyUntilAFutureDate() {
        var f = anOpenFinding();
        assertThatThrownBy(() -> f.acceptRisk("Thay thế năm sau", TODAY, TODAY, NOW))
                .isInstanceOf(InvalidInputException.class);
        f.acceptRisk("Thay thế năm sau", TODAY.plusMonths(6), TODAY, NOW);
        assertThat(f.status()).isEqualTo(FindingStatus.RISK_ACCEPTED);
        assertThat(f.overdueOn(TODAY.plusYears(1))).isFalse();
    }

    @Test
    void isOverdueOnlyAfterItsDueDateWhileAwaitingRemediation() {
        var f = anOpenFinding();
        assertThat(f.overdueOn(TODAY.plusDays(15))).isFalse();
        assertThat(f.overdueOn(TODAY.plusDays(16))).isTrue();
    }

    @Test
    void aCorrectedDueDateMayLieInThePastAndMakesTheFindingOverdue() {
        var f = anOpenFinding();
        f.correctDueDate(TODAY.minusDays(10), "Hạn theo biên bản trước", NOW);
        assertThat(f.dueOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(f.overdueOn(TODAY)).isTrue();
    }

    @Test
    void aFixedFindingsDueDateIsNotCorrected() {
        var f = anOpenFinding();
        f.claimFixed("Đã bật", NOW);
        assertThatThrownBy(() -> f.correctDueDate(TODAY.minusDays(10), "Hạn theo biên bản trước", NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(f.dueOn()).isEqualTo(TODAY.plusDays(15));
    }
}
