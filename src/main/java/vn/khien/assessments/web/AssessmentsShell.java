package vn.khien.assessments.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.assessments.AssessmentStatus;
import vn.khien.assessments.FindingStatus;
import vn.khien.assessments.application.AssessmentFilter;
import vn.khien.assessments.application.AssessmentQueries;
import vn.khien.assessments.application.FindingFilter;
import vn.khien.assessments.application.FindingQueries;
import vn.khien.identity.Role;
import vn.khien.shared.HomeCard;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;
import vn.khien.shared.Paging;

/** How the assessments module shows itself: two navigation links and a home card of what to act on. */
@Configuration(proxyBeanMethods = false)
class AssessmentsShell {

    @Bean
    NavigationLink assessmentsLink() {
        return new NavigationLink("assessments.nav", "/assessments", 400, Set.of(), NavigationMenu.COMPLIANCE);
    }

    @Bean
    NavigationLink findingsLink() {
        return new NavigationLink(
                "assessments.nav.findings", "/findings/board", 410, Set.of(), NavigationMenu.COMPLIANCE);
    }

    @Bean
    HomeCard assessmentsHomeCard(AssessmentQueries assessments, FindingQueries findings) {
        return (username, roles) -> {
            Paging one = Paging.of(0, 1);
            List<HomeCard.Item> items = new ArrayList<>();
            if (roles.contains(Role.ASSESSOR.name())) {
                // the assessor's work: fixes to verify first, then the assessments under way
                long toVerify = findings.list(
                                new FindingFilter(null, null, null, FindingStatus.FIXED, null, null, null), one)
                        .total();
                HomeCard.addCounted(
                        items,
                        "assessments.home.verify.title",
                        "assessments.home.verify",
                        toVerify,
                        "/findings?status=FIXED",
                        20);
                long open = assessments
                        .list(new AssessmentFilter(null, null, AssessmentStatus.IN_PROGRESS, null), one)
                        .total();
                HomeCard.addCounted(
                        items,
                        "assessments.home.title",
                        "assessments.home.assessor",
                        open,
                        "/assessments?status=IN_PROGRESS",
                        30);
                return items;
            }
            if (roles.stream().anyMatch(FOLLOWING_REMEDIATION::contains)) {
                long overdue = findings.list(new FindingFilter(null, null, null, null, null, null, true), one)
                        .total();
                HomeCard.addCounted(
                        items,
                        "assessments.home.title",
                        "assessments.home.overdue",
                        overdue,
                        "/findings?overdue=true",
                        400);
            }
            return items;
        };
    }

    /** Who follows the agencies' remediation: the coordinator, the agencies' own people, the observer. */
    private static final Set<String> FOLLOWING_REMEDIATION = Set.of(
            Role.COORDINATOR_ADMIN.name(), Role.AGENCY_HEAD.name(), Role.AGENCY_OFFICER.name(), Role.OBSERVER.name());
}
