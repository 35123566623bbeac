package vn.khien.assessments.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.assessments.FindingRemediation;
import vn.khien.assessments.NewFinding;
import vn.khien.assessments.application.AssessmentAccess.Owners;
import vn.khien.assessments.domain.Assessment;
import vn.khien.assessments.domain.AssessmentRepository;
import vn.khien.assessments.domain.CvssVector;
import vn.khien.assessments.domain.Finding;
import vn.khien.assessments.domain.FindingRepository;
import vn.khien.assessments.domain.ScopeSystem;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/** Findings: raised by the assessor, remediated by the agency, verified by the assessor or the coordinator. */
@Service
public class FindingManagement implements FindingRemediation {

    private final FindingRepository findings;
    private final AssessmentRepository assessments;
    private final AccessPolicy access;
    private final RemediationDeadlines deadlines;
    private final RequirementCatalogue catalogue;
    private final Clock clock;

    FindingManagement(
            FindingRepository findings,
            AssessmentRepository assessments,
            AccessPolicy access,
            RemediationDeadlines deadlines,
            RequirementCatalogue catalogue,
            Clock clock) {
        this.findings = findings;
        this.assessments = assessments;
        this.access = access;
        this.deadlines = deadlines;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The system, when given, must be in the assessment's scope; its level then sets the due date. */
    @Transactional
    public UUID raise(UUID assessmentId, NewFinding request) {
        var viewer = access.currentViewer();
        var assessment = assessment(viewer, assessmentId);
        viewer.requireCoordinatorOr(assessment.assessorCode(), Role.ASSESSOR);
        if (!assessment.acceptsFindings()) {
            throw new ConflictException("assessments.error.no-findings-now");
        }
        String systemCode = blankToNull(request.systemCode());
        ScopeSystem system = systemCode == null
                ? null
                : assessment.systems().stream()
                        .filter(s -> s.systemCode().equals(systemCode))
                        .findFirst()
                        .orElseThrow(() ->
                                new InvalidInputException("systemCode", "assessments.finding.error.not-in-scope"));
        var facts = facts(request, assessment.agencyCode(), system);
        return save(Finding.raise(assessmentId, null, facts, dueOn(request, facts), who(), clock.instant()));
    }

    /** A finding handed down from outside (a national review) for an agency, by the coordinator. */
    @Transactional
    public UUID raiseInCampaign(UUID campaignId, String agencyCode, NewFinding request) {
        var viewer = access.currentViewer();
        viewer.requireCoordinator();
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new InvalidInputException("agencyCode", "assessments.error.required");
        }
        var facts = facts(request, agencyCode.strip(), null);
        return save(Finding.raise(null, campaignId, facts, dueOn(request, facts), who(), clock.instant()));
    }

    @Transactional
    public void planRemediation(UUID id, String owner, String plan, LocalDate dueOn) {
        var viewer = access.currentViewer();
        var finding = visible(viewer, id);
        viewer.requireCoordinatorOr(finding.agencyCode(), Role.AGENCY_OFFICER, Role.AGENCY_HEAD);
        if (dueOn != null && dueOn.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("dueOn", "assessments.finding.error.due-past");
        }
        finding.planRemediation(
                Texts.required("owner", owner, 300), Texts.optional("plan", plan, 4000), dueOn, clock.instant());
        findings.save(finding);
    }

    @Override
    @Transactional
    public void correctDueDate(UUID id, LocalDate dueOn, String reason) {
        var viewer = access.currentViewer();
        var finding = visible(viewer, id);
        viewer.requireCoordinator();
        if (dueOn == null) {
            throw new InvalidInputException("dueOn", "assessments.error.required");
        }
        finding.correctDueDate(dueOn, Texts.required("reason", reason, 4000), clock.instant());
        findings.save(finding);
    }

    @Transactional
    public void claimFixed(UUID id, String note) {
        var viewer = access.currentViewer();
        var finding = visible(viewer, id);
        viewer.requireCoordinatorOr(finding.agencyCode(), Role.AGENCY_OFFICER, Role.AGENCY_HEAD);
        finding.claimFixed(Texts.required("note", note, 4000), clock.instant());
        findings.save(finding);
    }

    /** The assessor of the finding's assessment, or the coordinator (always, for campaign findings). */
    @Transactional
    public void verify(UUID id, boolean fixed, String reason) {
        var viewer = access.currentViewer();
        var finding = visible(viewer, id);
        viewer.require(mayVerify(viewer, finding), "not allowed for this assessment");
        if (fixed) {
            finding.verifyClosed(LocalDate.now(clock), clock.instant());
        } else {
            finding.reopen(Texts.required("reason", reason, 4000), clock.instant());
        }
        findings.save(finding);
    }

    @Transactional
    public void acceptRisk(UUID id, String reason, LocalDate until) {
        var viewer = access.currentViewer();
        var finding = visible(viewer, id);
        viewer.require(viewer.actsFor(finding.agencyCode(), Role.AGENCY_HEAD), "not allowed for this assessment");
        finding.acceptRisk(Texts.required("reason", reason, 4000), until, LocalDate.now(clock), clock.instant());
        findings.save(finding);
    }

    boolean mayVerify(Viewer viewer, Finding finding) {
        if (viewer.coordinator()) {
            return true;
        }
        return finding.assessmentId() != null
                && assessments
                        .findById(finding.assessmentId())
                        .map(a -> viewer.coordinatorOr(a.assessorCode(), Role.ASSESSOR))
                        .orElse(false);
    }

    Finding visible(Viewer viewer, UUID id) {
        return findings.findById(id)
                .filter(f -> AssessmentAccess.FINDINGS.allows(viewer, new Owners(f.agencyCode(), assessorOf(f))))
                .orElseThrow(() -> new ObjectNotFoundException("finding", String.valueOf(id)));
    }

    String assessorOf(Finding finding) {
        return finding.assessmentId() == null
                ? null
                : assessments
                        .findById(finding.assessmentId())
                        .map(Assessment::assessorCode)
                        .orElse(null);
    }

    private Finding.Facts facts(NewFinding request, String agencyCode, ScopeSystem system) {
        if (request.severity() == null) {
            throw new InvalidInputException("severity", "assessments.error.required");
        }
        String requirement = blankToNull(request.requirementCode());
        if (requirement != null && !catalogue.exists(requirement)) {
            throw new InvalidInputException("requirementCode", "assessments.finding.error.requirement-unknown");
        }
        String cvss = blankToNull(request.cvssVector());
        if (cvss != null) {
            cvss = CvssVector.parse(cvss)
                    .orElseThrow(() -> new InvalidInputException("cvssVector", "assessments.finding.error.cvss"));
        }
        return new Finding.Facts(
                agencyCode,
                system == null ? null : system.systemCode(),
                system == null ? null : system.systemLevel(),
                Texts.required("title", request.title(), 300),
                Texts.optional("description", request.description(), 8000),
                requirement,
                request.severity(),
                cvss);
    }

    private LocalDate dueOn(NewFinding request, Finding.Facts facts) {
        LocalDate today = LocalDate.now(clock);
        if (request.dueOn() != null) {
            if (request.dueOn().isBefore(today)) {
                throw new InvalidInputException("dueOn", "assessments.finding.error.due-past");
            }
            return request.dueOn();
        }
        return deadlines.dueOn(facts.severity(), facts.systemLevel(), today);
    }

    private UUID save(Finding finding) {
        return findings.save(finding).id();
    }

    private Assessment assessment(Viewer viewer, UUID id) {
        return assessments
                .findById(id)
                .filter(a -> AssessmentAccess.ASSESSMENTS.allows(viewer, new Owners(a.agencyCode(), a.assessorCode())))
                .orElseThrow(() -> new ObjectNotFoundException("assessment", String.valueOf(id)));
    }

    private String who() {
        return access.currentViewer().actor();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
