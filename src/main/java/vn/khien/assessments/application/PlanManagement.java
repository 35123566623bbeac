package vn.khien.assessments.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.assessments.AssessmentKind;
import vn.khien.assessments.AssessmentPlanning;
import vn.khien.assessments.application.AssessmentAccess.Owners;
import vn.khien.assessments.domain.Plan;
import vn.khien.assessments.domain.PlanItem;
import vn.khien.assessments.domain.PlanRepository;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.systems.SystemDirectory;

/**
 * Yearly assessment plans (Decree 85/2016 Art. 20: level 3–4 every year). The agency drafts and submits;
 * the coordinator approves, which pre-fills one planned assessment per item, or returns it.
 */
@Service
public class PlanManagement implements AssessmentPlanning {

    private final PlanRepository plans;
    private final AccessPolicy access;
    private final AssessmentManagement assessments;
    private final SystemDirectory systems;
    private final AgencyDirectory agencies;
    private final Clock clock;

    PlanManagement(
            PlanRepository plans,
            AccessPolicy access,
            AssessmentManagement assessments,
            SystemDirectory systems,
            AgencyDirectory agencies,
            Clock clock) {
        this.plans = plans;
        this.access = access;
        this.assessments = assessments;
        this.systems = systems;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Transactional
    public UUID create(String agencyCode, Integer year) {
        if (agencyCode == null || agencies.find(agencyCode).isEmpty()) {
            throw new InvalidInputException("agencyCode", "assessments.error.agency-unknown");
        }
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "assessments.plan.error.year-range");
        }
        access.currentViewer().requireCoordinatorOr(agencyCode, Role.AGENCY_OFFICER);
        if (plans.findByAgencyCodeAndYear(agencyCode, year).isPresent()) {
            throw new ConflictException("year", "assessments.plan.error.exists");
        }
        return plans.save(Plan.draft(agencyCode, year, clock.instant())).id();
    }

    /** Only the agency's own systems; the assessor is any registered organisation (its own unit included). */
    @Transactional
    public void addItem(
            UUID planId,
            String systemCode,
            AssessmentKind kind,
            String assessorCode,
            java.time.LocalDate plannedStart,
            java.time.LocalDate plannedEnd) {
        var viewer = access.currentViewer();
        var plan = visible(viewer, planId);
        viewer.requireCoordinatorOr(plan.agencyCode(), Role.AGENCY_OFFICER);
        var system = systems.find(systemCode == null ? "" : systemCode.strip())
                .filter(s -> s.ownerCode().equals(plan.agencyCode()))
                .orElseThrow(() -> new InvalidInputException("systemCode", "assessments.plan.error.system-not-owned"));
        if (assessorCode == null || agencies.find(assessorCode).isEmpty()) {
            throw new InvalidInputException("assessorCode", "assessments.error.assessor-unknown");
        }
        AssessmentKind planned = kind == null ? AssessmentKind.COMPLIANCE_CHECK : kind;
        plan.add(new PlanItem(system.code(), planned, assessorCode, plannedStart, plannedEnd), clock.instant());
        plans.save(plan);
    }

    @Transactional
    public void submit(UUID planId) {
        var viewer = access.currentViewer();
        var plan = visible(viewer, planId);
        viewer.requireCoordinatorOr(plan.agencyCode(), Role.AGENCY_OFFICER);
        plan.submit(clock.instant());
        plans.save(plan);
    }

    /** Approval pre-fills one planned, periodic assessment per item. */
    @Transactional
    public List<UUID> approve(UUID planId) {
        var viewer = access.currentViewer();
        var plan = visible(viewer, planId);
        viewer.requireCoordinator();
        plan.approve(clock.instant());
        plans.save(plan);
        return plan.items().stream()
                .map(i -> assessments.plan(new NewAssessment(
                        List.of(i.systemCode()),
                        i.assessorCode(),
                        i.kind(),
                        vn.khien.assessments.AssessmentScope.SYSTEMS,
                        true,
                        null,
                        null,
                        i.plannedStart(),
                        i.plannedEnd(),
                        plan.id())))
                .toList();
    }

    @Transactional
    public void returnWith(UUID planId, String reason) {
        var viewer = access.currentViewer();
        var plan = visible(viewer, planId);
        viewer.requireCoordinator();
        plan.returnWith(Texts.required("reason", reason, 4000), clock.instant());
        plans.save(plan);
    }

    Plan visible(Viewer viewer, UUID id) {
        return plans.findById(id)
                .filter(p -> AssessmentAccess.PLANS.allows(viewer, new Owners(p.agencyCode(), null)))
                .orElseThrow(() -> new ObjectNotFoundException("assessment-plan", String.valueOf(id)));
    }
}
