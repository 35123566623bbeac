package vn.khien.assessments.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.khien.assessments.AssessmentKind;
import vn.khien.assessments.AssessmentScope;
import vn.khien.assessments.AssessmentStatus;
import vn.khien.assessments.domain.ScopeSystem;

/** An assessment's page: its facts, scope, reports, findings and the steps open to this user. */
public record AssessmentView(
        UUID id,
        UUID planId,
        String agencyCode,
        String agencyName,
        List<ScopeSystem> systems,
        AssessmentKind kind,
        AssessmentScope scope,
        boolean periodic,
        String requestedBy,
        String assessorCode,
        String assessorName,
        String team,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate startedOn,
        LocalDate completedOn,
        AssessmentStatus status,
        String agencyComment,
        String commentedBy,
        String cancelReason,
        String independenceException,
        String qualificationException,
        List<EvidenceFile> reports,
        List<FindingRow> findings,
        Actions actions) {

    /** The highest level in scope: the requirements that apply to it (cumulative by level). */
    public Integer highestLevel() {
        return systems.stream()
                .map(ScopeSystem::systemLevel)
                .filter(l -> l != null)
                .max(Integer::compare)
                .orElse(null);
    }

    /** Which forms the page shows; the services check the same rules again on submit. */
    public record Actions(
            boolean start,
            boolean allowException,
            boolean allowUnqualified,
            boolean uploadReport,
            boolean draftReport,
            boolean comment,
            boolean complete,
            boolean cancel,
            boolean raiseFinding) {}
}
