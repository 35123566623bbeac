package vn.khien.assessments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khien.assessments.AssessmentCompleted;
import vn.khien.assessments.AssessmentKind;
import vn.khien.assessments.AssessmentScope;
import vn.khien.assessments.AssessmentStatus;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

class AssessmentTests {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static Assessment aPlannedAssessment() {
        return planned(AssessmentScope.SYSTEMS);
    }

    static Assessment planned(AssessmentScope scope) {
        return Assessment.plan(
                new Assessment.Scope(
                        null,
                        "H57.02",
                        List.of(new ScopeSystem("SNV.QLCB", "H57.02", 3)),
                        AssessmentKind.COMPLIANCE_CHECK,
                        scope,
                        true,
                        null,
                        "DG.KIEMDINH-DEMO",
                        null,
                        new Period(TODAY, TODAY.plusDays(10))),
                NOW);
    }

    @Test
    void walksPlannedInProgressDraftedCommentedCompletedAndPublishesTheCompletion() {
        var a = aPlannedAssessment();
        a.start(TODAY, NOW);
        assertThat(a.acceptsFindings()).isTrue();
        a.draftReport(NOW);
        a.comment("Đồng ý", "canbo.sonv", NOW);
        a.complete(TODAY, false, NOW);

        assertThat(a.status()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThat(a.acceptsFindings()).isFalse();
        assertThat(a.pendingEvents())
                .filteredOn(AssessmentCompleted.class::isInstance)
                .singleElement()
                .isEqualTo(new AssessmentCompleted(a.id(), List.of("SNV.QLCB"), TODAY, "DG.KIEMDINH-DEMO"));
    }

    @Test
    void theUiCannotCompleteBeforeTheAgencyCommentedButARegistrationCan() {
        var a = aPlannedAssessment();
        assertThatThrownBy(() -> a.complete(TODAY, false, NOW)).isInstanceOf(ConflictException.class);
        a.complete(TODAY.minusDays(3), true, NOW);
        assertThat(a.startedOn()).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void aCancelledOrCompletedAssessmentTakesNoFurtherStep() {
        var a = aPlannedAssessment();
        a.cancel("Trùng kế hoạch", NOW);
        assertThatThrownBy(() -> a.start(TODAY, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> a.cancel("x", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> a.complete(TODAY, true, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aPeriodEndsOnOrAfterItsStart() {
        assertThatThrownBy(() -> new Period(TODAY, TODAY.minusDays(1))).isInstanceOf(InvalidInputException.class);
        assertThat(new Period(TODAY, TODAY).end()).isEqualTo(TODAY);
    }

    @Test
    void theCoordinatorsQualificationExceptionIsRecordedAndAuditedUntilTheAssessmentIsFinal() {
        var a = aPlannedAssessment();
        a.start(TODAY, NOW);
        a.allowUnqualified("Giấy phép đang được cấp lại", NOW);
        assertThat(a.qualificationException()).isEqualTo("Giấy phép đang được cấp lại");
        assertThat(a.pendingEvents())
                .contains(new vn.khien.assessments.AssessmentChanged(
                        a.id(), "qualification-exception", "Giấy phép đang được cấp lại"));
        a.complete(TODAY, true, NOW);
        assertThatThrownBy(() -> a.allowUnqualified("x", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anAssessmentCoversTheListedSystemsUnlessPlannedForTheWholeOrganisation() {
        assertThat(aPlannedAssessment().scope()).isEqualTo(AssessmentScope.SYSTEMS);
        var whole = planned(AssessmentScope.WHOLE_ORGANISATION);
        assertThat(whole.scope()).isEqualTo(AssessmentScope.WHOLE_ORGANISATION);
    }
}
