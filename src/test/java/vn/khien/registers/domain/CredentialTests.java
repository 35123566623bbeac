package vn.khien.registers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.khien.registers.CredentialStatus;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

class CredentialTests {

    private static final ValidityLimits DECREE_68 = new ValidityLimits(5, 3);
    private static final LocalDate START = LocalDate.of(2026, 1, 15);

    private static Credential issued(LocalDate to) {
        var facts = new CredentialFacts(
                "T-1", "C-1", "Nguyễn Văn A", "Chuyên viên", null, "Ban Cơ yếu Chính phủ", "Ký văn bản", START, to);
        return Credential.record("H57.02", facts, CredentialStatus.ISSUED, START, DECREE_68, true);
    }

    @Test
    void aNewCertificateMayLastFiveYearsButNotADayMore() {
        assertThat(issued(START.plusYears(5)).status()).isEqualTo(CredentialStatus.ISSUED);
        assertThatThrownBy(() -> issued(START.plusYears(5).plusDays(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("registers.credential.new-too-long"));
    }

    @Test
    void aRenewalMayLastThreeYearsButNotMore() {
        var credential = issued(START.plusYears(2));
        LocalDate renewedFrom = START.plusYears(2);
        assertThatThrownBy(() -> credential.transition(
                        CredentialStatus.RENEWED,
                        renewedFrom,
                        null,
                        renewedFrom,
                        renewedFrom.plusYears(3).plusDays(1),
                        DECREE_68))
                .isInstanceOf(InvalidInputException.class);
        credential.transition(
                CredentialStatus.RENEWED, renewedFrom, null, renewedFrom, renewedFrom.plusYears(3), DECREE_68);
        assertThat(credential.status()).isEqualTo(CredentialStatus.RENEWED);
        assertThat(credential.facts().validTo()).isEqualTo(renewedFrom.plusYears(3));
        assertThat(credential.transitions())
                .extracting(CredentialTransition::toStatus)
                .containsExactly(CredentialStatus.ISSUED, CredentialStatus.RENEWED);
    }

    @Test
    void revokingNeedsAReasonAndEndsTheCredential() {
        var credential = issued(START.plusYears(1));
        assertThatThrownBy(() -> credential.transition(CredentialStatus.REVOKED, START, " ", null, null, DECREE_68))
                .isInstanceOf(InvalidInputException.class);
        credential.flagForRevocation("left");
        assertThat(credential.revocationFlagged()).isTrue();
        credential.transition(CredentialStatus.REVOKED, START.plusDays(3), "Nghỉ việc", null, null, DECREE_68);
        assertThat(credential.revocationFlagged()).isFalse();
        assertThat(credential.transitions().get(1).happenedOn()).isEqualTo(START.plusDays(3));
        assertThatThrownBy(() -> credential.transition(CredentialStatus.ISSUED, START, null, null, null, DECREE_68))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anEndedCredentialIsNotFlaggedForRevocation() {
        var credential = issued(START.plusYears(1));
        credential.transition(CredentialStatus.LOST_OR_BROKEN, START, "Mất token", null, null, DECREE_68);
        credential.flagForRevocation("left");
        assertThat(credential.revocationFlagged()).isFalse();
    }
}
