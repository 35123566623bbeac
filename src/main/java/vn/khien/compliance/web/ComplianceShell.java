package vn.khien.compliance.web;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.application.ObligationFilter;
import vn.khien.compliance.application.ObligationQueries;
import vn.khien.identity.Role;
import vn.khien.shared.HomeCard;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;
import vn.khien.shared.Paging;

/** Compliance in the navigation, and what is overdue on the home page, within the viewer's scope. */
@Configuration(proxyBeanMethods = false)
class ComplianceShell {

    @Bean
    NavigationLink complianceLink() {
        return new NavigationLink("nav.compliance", "/compliance", 30, Set.of(), NavigationMenu.COMPLIANCE);
    }

    @Bean
    NavigationLink calendarLink() {
        return new NavigationLink(
                "compliance.calendar.nav", "/compliance/calendar", 35, Set.of(), NavigationMenu.COMPLIANCE);
    }

    @Bean
    NavigationLink waiversLink() {
        return new NavigationLink(
                "compliance.waivers.nav",
                "/compliance/waivers",
                38,
                Set.of(
                        Role.COORDINATOR_ADMIN.name(),
                        Role.OBSERVER.name(),
                        Role.RESPONDER.name(),
                        Role.AGENCY_OFFICER.name(),
                        Role.AGENCY_HEAD.name()),
                NavigationMenu.COMPLIANCE);
    }

    @Bean
    HomeCard overdueObligationsHomeCard(ObligationQueries obligations) {
        return (username, roles) -> {
            // the responder's home leads with incidents, whose overdue notices have a card of their own
            if (roles.stream().noneMatch(r -> Role.KEEPING_RECORDS.contains(r) || r.equals(Role.OBSERVER.name()))) {
                return List.of();
            }
            long overdue = obligations
                    .list(ObligationFilter.inStatus(ObligationStatus.OVERDUE), Paging.of(0, 1))
                    .total();
            return overdue == 0
                    ? List.of()
                    : List.of(new HomeCard.Item(
                            "home.obligations.title",
                            "home.obligations.text",
                            List.of(overdue),
                            "/compliance/obligations?status=OVERDUE",
                            50));
        };
    }
}
