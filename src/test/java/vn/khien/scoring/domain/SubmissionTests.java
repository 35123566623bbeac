package vn.khien.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/** Asking for more evidence and the agency's answer to it, on the submission itself. */
class SubmissionTests {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private final CriteriaSet set = Fixtures.aSet(true);

    private Submission submitted() {
        Submission submission = Submission.first(1, "H57.02");
        submission.submit(set, Map.of("1.2", "NO", "2.1", "1", "2.2", "20"), "canbo", NOW);
        return submission;
    }

    @Test
    void withoutARequestNothingIsResubmittedAfterTheWindow() {
        Submission submission = submitted();
        assertThatThrownBy(() -> submission.resubmit(set, Map.of("1.2", "YES"), "canbo", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aResubmissionChangesOnlyTheRequestedCriteriaAndAnswersTheRequests() {
        Submission submission = submitted();
        submission.verify(set, "1.2", BigDecimal.ONE, "thiếu quyết định", "dieuphoi");
        submission.verify(set, "2.1", BigDecimal.ZERO, "chưa kiểm thử", "dieuphoi");
        submission.requestEvidence(set, "1.2", "Gửi quyết định ban hành", "dieuphoi", NOW);
        assertThat(submission.openRequests())
                .extracting(EvidenceRequest::criterionCode)
                .containsExactly("1.2");

        submission.resubmit(set, Map.of("1.2", "YES", "2.1", "1", "2.2", "20"), "canbo", NOW.plusSeconds(60));

        Map<String, SubmittedAnswer> answers = submission.forScoring();
        assertThat(answers.get("1.2")).isEqualTo(new SubmittedAnswer("YES", null, null));
        assertThat(answers.get("2.1").verifiedPoints()).isEqualByComparingTo("0");
        assertThat(answers.get("2.2").value()).isEqualTo("20");
        assertThat(submission.openRequests()).isEmpty();
    }

    @Test
    void aResubmissionMayNotChangeACriterionThatWasNotAskedAbout() {
        Submission submission = submitted();
        submission.requestEvidence(set, "1.2", "Gửi quyết định", "dieuphoi", NOW);
        assertThatThrownBy(() -> submission.resubmit(set, Map.of("1.2", "YES", "2.2", "40"), "canbo", NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("scoring.evidence.not-requested"));
        assertThat(submission.openRequests()).hasSize(1);
    }

    @Test
    void aRequestNeedsASelfAssessedCriterionAndANoteAndReplacesTheOpenOneOnThatCriterion() {
        Submission submission = submitted();
        assertThatThrownBy(() -> submission.requestEvidence(set, "1.1", "x", "dieuphoi", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> submission.requestEvidence(set, "1.2", " ", "dieuphoi", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> submission.requestEvidence(set, "1.2", "x".repeat(1001), "dieuphoi", NOW))
                .isInstanceOf(InvalidInputException.class);
        submission.requestEvidence(set, "1.2", "Gửi quyết định", "dieuphoi", NOW);
        submission.requestEvidence(set, "1.2", "Gửi bản có chữ ký", "dieuphoi", NOW);
        assertThat(submission.openRequests()).extracting(EvidenceRequest::note).containsExactly("Gửi bản có chữ ký");
    }
}
