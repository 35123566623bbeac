package vn.khien.assessments.web;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.assessments.AssessmentStatus;
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
            if (roles.contains(Role.ASSESSOR.name())) {
                long open = assessments
                        .list(new AssessmentFilter(null, null, AssessmentStatus.IN_PROGRESS, null), one)
                        .total();
                return List.of(new HomeCard.Item(
                        "assessments.home.title", "assessments.home.assessor", List.of(open), "/assessments", 400));
            }
            if (roles.contains(Role.PROVIDER.name())) {
                return List.of();
            }
            long overdue = findings.list(new FindingFilter(null, null, null, null, null, null, true), one)
                    .total();
            return List.of(new HomeCard.Item(
                    "assessments.home.title",
                    "assessments.home.overdue",
                    List.of(overdue),
                    "/findings?overdue=true",
                    400));
        };
    }
}
