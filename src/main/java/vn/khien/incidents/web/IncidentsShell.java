package vn.khien.incidents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.Role;
import vn.khien.incidents.application.IncidentFilter;
import vn.khien.incidents.application.IncidentQueries;
import vn.khien.shared.HomeCard;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;
import vn.khien.shared.Paging;

/**
 * The incidents entry of the main navigation (for everyone who reports, handles or is party to incidents)
 * and the home cards: notices overdue first, then the incidents being handled — the responder's first
 * concern, so first on the responder's home — and, for an agency's people, the way to report one.
 */
@Configuration(proxyBeanMethods = false)
class IncidentsShell {

    @Bean
    NavigationLink incidentsLink() {
        return new NavigationLink("incidents.nav", "/incidents", 450, Set.of(), NavigationMenu.OPERATIONS);
    }

    @Bean
    HomeCard incidentsHomeCard(IncidentQueries incidents) {
        return (username, roles) -> {
            if (roles.stream().noneMatch(Role.PROGRAMME_PARTICIPANTS::contains)) {
                return List.of();
            }
            boolean responder = roles.contains(Role.RESPONDER.name());
            Paging one = Paging.of(0, 1);
            List<HomeCard.Item> items = new ArrayList<>();
            long overdue = incidents
                    .list(new IncidentFilter(null, null, null, null, null, false, true), one)
                    .total();
            HomeCard.addCounted(
                    items,
                    "incidents.home.overdue.title",
                    "incidents.home.overdue",
                    overdue,
                    "/incidents?overdue=true",
                    responder ? 10 : 40);
            long open = incidents
                    .list(new IncidentFilter(null, null, null, null, null, true, false), one)
                    .total();
            HomeCard.addCounted(
                    items,
                    "incidents.home.open.title",
                    "incidents.home.open",
                    open,
                    "/incidents?open=true",
                    responder ? 20 : 150);
            if (roles.contains(Role.AGENCY_OFFICER.name()) || roles.contains(Role.AGENCY_HEAD.name())) {
                items.add(new HomeCard.Item(
                        "incidents.home.report.title", "incidents.home.report", List.of(), "/incidents/new", 850));
            }
            return items;
        };
    }
}
