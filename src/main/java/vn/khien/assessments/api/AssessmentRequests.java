package vn.khien.assessments.api;

import java.time.LocalDate;
import java.util.List;
import vn.khien.assessments.AssessmentKind;
import vn.khien.assessments.AssessmentScope;

/** The JSON bodies of the assessment and finding endpoints (DESIGN.md §8: camelCase, ISO dates). */
final class AssessmentRequests {

    private AssessmentRequests() {}

    record AssessmentRequest(
            List<String> systemCodes,
            String assessorCode,
            AssessmentKind kind,
            AssessmentScope scope,
            Boolean periodic,
            String requestedBy,
            String team,
            LocalDate plannedStart,
            LocalDate plannedEnd) {}

    record CompleteRequest(LocalDate completedOn) {}

    record ReasonRequest(String reason) {}

    record CommentRequest(String comment) {}

    record RemediationRequest(String owner, String plan, LocalDate dueOn) {}

    record FixRequest(String note) {}

    record VerifyRequest(Boolean fixed, String reason) {}

    record RiskRequest(String reason, LocalDate until) {}

    record FileResponse(java.util.UUID ref) {}
}
