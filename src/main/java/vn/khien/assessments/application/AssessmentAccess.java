package vn.khien.assessments.application;

import static vn.khien.identity.Role.AGENCY_HEAD;
import static vn.khien.identity.Role.AGENCY_OFFICER;
import static vn.khien.identity.Role.ASSESSOR;

import java.util.Collections;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Viewer;
import vn.khien.shared.ObjectVisibility;
import vn.khien.shared.RowAccess;

/**
 * Who sees what in assessments (DESIGN.md §3): province-wide roles everything; the owning agency's
 * officers and head its plans, assessments and findings; an assessor only the assessments assigned to
 * their organisation and those assessments' findings. Anything else answers 404, the objects' audit
 * history included. Acting is decided with {@link Viewer#coordinatorOr}: plans by the agency's officers,
 * assessing by the assigned assessors, remediation by the agency, and accepting a risk by the head
 * alone, never an officer.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentAccess {

    /** Who owns a plan, assessment or finding: the agency, and the assessor organisation (if any). */
    record Owners(String agencyCode, String assessorCode) {}

    static final RowAccess<Viewer, Owners> PLANS = RowAccess.<Viewer, Owners>rows("plan")
            .everyRow(Viewer::seesEveryAgency)
            .column("agency_code", Owners::agencyCode, v -> v.agenciesAs(AGENCY_OFFICER, AGENCY_HEAD));

    static final RowAccess<Viewer, Owners> ASSESSMENTS =
            PLANS.named("assessment").column("assessor_code", Owners::assessorCode, v -> v.agenciesAs(ASSESSOR));

    static final RowAccess<Viewer, Owners> FINDINGS = PLANS.named("finding")
            .linked(
                    "assessments.assessment",
                    "id",
                    "assessment_id",
                    "assessor_code",
                    o -> Collections.singletonList(o.assessorCode()),
                    v -> v.agenciesAs(ASSESSOR));

    @Bean
    ObjectVisibility assessmentVisibility(
            AssessmentManagement assessments,
            FindingManagement findings,
            PlanManagement plans,
            CampaignManagement campaigns,
            AccessPolicy access) {
        return ObjectVisibility.of(
                        "assessment", id -> assessments.visible(access.currentViewer(), UUID.fromString(id)) != null)
                .and("finding", id -> findings.visible(access.currentViewer(), UUID.fromString(id)) != null)
                .and("assessment-plan", id -> plans.visible(access.currentViewer(), UUID.fromString(id)) != null)
                .and("campaign", id -> campaigns.campaign(UUID.fromString(id)) != null);
    }
}
