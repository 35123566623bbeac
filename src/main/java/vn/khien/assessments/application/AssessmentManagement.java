package vn.khien.assessments.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.assessments.AssessmentConduct;
import vn.khien.assessments.AssessmentScope;
import vn.khien.assessments.application.AssessmentAccess.Owners;
import vn.khien.assessments.domain.Assessment;
import vn.khien.assessments.domain.AssessmentRepository;
import vn.khien.assessments.domain.Independence;
import vn.khien.assessments.domain.Period;
import vn.khien.assessments.domain.Qualification;
import vn.khien.assessments.domain.ScopeSystem;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.systems.SystemDirectory;
import vn.khien.systems.SystemSummary;

/**
 * The assessment workflow: check access, validate, change, and let the aggregate publish the audited
 * event. Independence of the assessor is checked when the work starts (or is registered as done); its
 * qualification when the work starts and when it is done.
 */
@Service
public class AssessmentManagement implements AssessmentConduct {

    private final AssessmentRepository assessments;
    private final AccessPolicy access;
    private final SystemDirectory systems;
    private final AgencyDirectory agencies;
    private final Clock clock;

    AssessmentManagement(
            AssessmentRepository assessments,
            AccessPolicy access,
            SystemDirectory systems,
            AgencyDirectory agencies,
            Clock clock) {
        this.assessments = assessments;
        this.access = access;
        this.systems = systems;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Transactional
    public UUID plan(NewAssessment request) {
        var viewer = access.currentViewer();
        List<SystemSummary> scope = scope(request.systemCodes());
        String agencyCode = scope.get(0).ownerCode();
        if (scope.stream().anyMatch(s -> !s.ownerCode().equals(agencyCode))) {
            throw new InvalidInputException("systemCodes", "assessments.error.one-owner");
        }
        viewer.requireCoordinatorOr(agencyCode, Role.AGENCY_OFFICER);
        if (request.assessorCode() == null
                || agencies.find(request.assessorCode()).isEmpty()) {
            throw new InvalidInputException("assessorCode", "assessments.error.assessor-unknown");
        }
        if (request.kind() == null) {
            throw new InvalidInputException("kind", "assessments.error.required");
        }
        String requestedBy = request.periodic()
                ? Texts.optional("requestedBy", request.requestedBy(), 300)
                : Texts.required("requestedBy", request.requestedBy(), 300);
        var assessment = Assessment.plan(
                new Assessment.Scope(
                        request.planId(),
                        agencyCode,
                        scope.stream()
                                .map(s -> new ScopeSystem(s.code(), s.ownerCode(), s.approvedLevel()))
                                .toList(),
                        request.kind(),
                        request.scope() == null ? AssessmentScope.SYSTEMS : request.scope(),
                        request.periodic(),
                        requestedBy,
                        request.assessorCode(),
                        Texts.optional("team", request.team(), 1000),
                        new Period(request.plannedStart(), request.plannedEnd())),
                clock.instant());
        return assessments.save(assessment).id();
    }

    /** The coordinator's exception to the independence rule, with its reason (audited). */
    @Transactional
    public void allowDespiteDependence(UUID id, String reason) {
        var viewer = access.currentViewer();
        var assessment = visible(viewer, id);
        viewer.requireCoordinator();
        assessment.allowDespiteDependence(Texts.required("reason", reason, 4000), clock.instant());
        assessments.save(assessment);
    }

    /** The coordinator's exception to the qualification rule, with its reason (audited). */
    @Transactional
    public void allowUnqualified(UUID id, String reason) {
        var viewer = access.currentViewer();
        var assessment = visible(viewer, id);
        viewer.requireCoordinator();
        assessment.allowUnqualified(Texts.required("reason", reason, 4000), clock.instant());
        assessments.save(assessment);
    }

    /** The work runs from today to the planned end (today, if that has passed). */
    @Transactional
    public void start(UUID id) {
        var viewer = access.currentViewer();
        var assessment = visible(viewer, id);
        viewer.requireCoordinatorOr(assessment.assessorCode(), Role.ASSESSOR);
        checkIndependence(assessment);
        LocalDate today = LocalDate.now(clock);
        LocalDate plannedEnd = assessment.period().end();
        checkQualification(assessment, today, plannedEnd.isBefore(today) ? today : plannedEnd);
        assessment.start(today, clock.instant());
        assessments.save(assessment);
    }

    @Transactional
    public void draftReport(UUID id) {
        var viewer = access.currentViewer();
        var assessment = visible(viewer, id);
        viewer.requireCoordinatorOr(assessment.assessorCode(), Role.ASSESSOR);
        assessment.draftReport(clock.instant());
        assessments.save(assessment);
    }

    /** The agency's answer to the draft report (the coordinator may record one received on paper). */
    @Transactional
    public void comment(UUID id, String text) {
        var viewer = access.currentViewer();
        var assessment = visible(viewer, id);
        viewer.requireCoordinatorOr(assessment.agencyCode(), Role.AGENCY_OFFICER, Role.AGENCY_HEAD);
        assessment.comment(
                Texts.required("comment", text, 4000), access.currentViewer().actor(), clock.instant());
        assessments.save(assessment);
    }

    /**
     * Completes the assessment on {@code day}: from the UI after the agency's comment; from the API
     * ({@code fromAnyState}) to register one carried out before or outside the platform.
     */
    @Transactional
    public void complete(UUID id, LocalDate day, boolean fromAnyState) {
        var viewer = access.currentViewer();
        var assessment = visible(viewer, id);
        viewer.requireCoordinatorOr(assessment.assessorCode(), Role.ASSESSOR);
        LocalDate completedOn = day == null ? LocalDate.now(clock) : day;
        if (completedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("completedOn", "assessments.error.future");
        }
        if (assessment.startedOn() == null) {
            checkIndependence(assessment);
        }
        // the days of the work: from its start (or, registered after the fact, as complete() derives it)
        LocalDate startedOn = assessment.startedOn() != null
                ? assessment.startedOn()
                : assessment.period().start();
        checkQualification(assessment, startedOn.isAfter(completedOn) ? completedOn : startedOn, completedOn);
        assessment.complete(completedOn, fromAnyState, clock.instant());
        assessments.save(assessment);
    }

    @Transactional
    public void cancel(UUID id, String reason) {
        var viewer = access.currentViewer();
        var assessment = visible(viewer, id);
        viewer.requireCoordinatorOr(assessment.agencyCode(), Role.AGENCY_OFFICER);
        assessment.cancel(Texts.required("reason", reason, 4000), clock.instant());
        assessments.save(assessment);
    }

    /** Refused with the systems and services that make the assessor dependent, unless excepted. */
    private void checkIndependence(Assessment assessment) {
        if (assessment.independenceException() != null) {
            return;
        }
        var owners = new java.util.HashMap<String, String>();
        assessment.systemCodes().forEach(code -> systems.find(code).ifPresent(s -> owners.put(code, s.ownerCode())));
        var conflicts = Independence.conflicts(
                assessment.assessorCode(),
                assessment.period(),
                systems.provisionsFor(assessment.systemCodes()),
                owners);
        if (!conflicts.isEmpty()) {
            String which = conflicts.stream()
                    .map(c -> c.systemCode() + " (" + c.service() + ")")
                    .distinct()
                    .collect(Collectors.joining(", "));
            throw new InvalidInputException("assessorCode", "assessments.error.not-independent", which);
        }
    }

    /**
     * Decree 85/2016 Art. 20.2.c: a level 3+ system is assessed by a licensed, public-service or designated
     * organisation, on every day of the work; read through the registry's public API. Unless excepted.
     */
    private void checkQualification(Assessment assessment, LocalDate from, LocalDate to) {
        if (assessment.qualificationException() != null || !Qualification.required(assessment.systems())) {
            return;
        }
        var problem = Qualification.problem(agencies.credentials(assessment.assessorCode()), from, to);
        if (problem.isPresent()) {
            throw problem.get();
        }
    }

    private List<SystemSummary> scope(List<String> codes) {
        var unique = new LinkedHashSet<String>();
        if (codes != null) {
            codes.stream()
                    .filter(c -> c != null && !c.isBlank())
                    .map(String::strip)
                    .forEach(unique::add);
        }
        if (unique.isEmpty()) {
            throw new InvalidInputException("systemCodes", "assessments.error.systems-required");
        }
        var found = new ArrayList<SystemSummary>();
        for (String code : unique) {
            found.add(systems.find(code)
                    .orElseThrow(
                            () -> new InvalidInputException("systemCodes", "assessments.error.system-unknown", code)));
        }
        return found;
    }

    Assessment visible(Viewer viewer, UUID id) {
        return assessments
                .findById(id)
                .filter(a -> AssessmentAccess.ASSESSMENTS.allows(viewer, new Owners(a.agencyCode(), a.assessorCode())))
                .orElseThrow(() -> new ObjectNotFoundException("assessment", String.valueOf(id)));
    }
}
