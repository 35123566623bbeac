package vn.khien.assessments.application;

import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.AccessPolicy;
import vn.khien.shared.ObjectVisibility;

/** The audit history of each assessment object type is visible to whoever may see the object itself. */
@Configuration(proxyBeanMethods = false)
class AuditVisibility {

    @Bean
    ObjectVisibility assessmentVisibility(AssessmentManagement management, AccessPolicy access) {
        return ObjectVisibility.whenFound(
                "assessment", id -> management.visible(access.currentViewer(), UUID.fromString(id)) != null);
    }

    @Bean
    ObjectVisibility findingVisibility(FindingManagement management, AccessPolicy access) {
        return ObjectVisibility.whenFound(
                "finding", id -> management.visible(access.currentViewer(), UUID.fromString(id)) != null);
    }

    @Bean
    ObjectVisibility planVisibility(PlanManagement management, AccessPolicy access) {
        return ObjectVisibility.whenFound(
                "assessment-plan", id -> management.visible(access.currentViewer(), UUID.fromString(id)) != null);
    }

    @Bean
    ObjectVisibility campaignVisibility(CampaignManagement management) {
        return ObjectVisibility.whenFound("campaign", id -> management.campaign(UUID.fromString(id)) != null);
    }
}
