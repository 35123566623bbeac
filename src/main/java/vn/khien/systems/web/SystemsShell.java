package vn.khien.systems.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.Role;
import vn.khien.shared.HomeCard;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;
import vn.khien.systems.DossierStatus;
import vn.khien.systems.application.SystemQueries;

/** How the systems module shows itself in the shell: the inventory link and a home-page card. */
@Configuration(proxyBeanMethods = false)
class SystemsShell {

    @Bean
    NavigationLink systemsLink() {
        return new NavigationLink("systems.nav", "/systems", 200, Set.of(), NavigationMenu.REGISTRY);
    }

    /** What the user can act on: dossiers to decide, dossiers to finish, or simply the inventory. */
    @Bean
    HomeCard systemsHomeCard(SystemQueries queries) {
        return (username, roles) -> {
            if (roles.contains(Role.COORDINATOR_ADMIN.name()) || roles.contains(Role.AGENCY_HEAD.name())) {
                long waiting = queries.countDossiers(EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.APPRAISED));
                return List.of(item("systems.home.to-decide", waiting));
            }
            if (roles.contains(Role.AGENCY_OFFICER.name())) {
                long open = queries.countDossiers(EnumSet.of(DossierStatus.DRAFT, DossierStatus.RETURNED));
                return List.of(item("systems.home.to-finish", open));
            }
            return List.of(item("systems.home.text", queries.countSystems()));
        };
    }

    private static HomeCard.Item item(String textKey, long count) {
        return new HomeCard.Item("systems.home.title", textKey, List.of(count), "/systems", 200);
    }
}
