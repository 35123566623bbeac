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
                return withDossiers(
                        queries,
                        "systems.home.to-decide.title",
                        "systems.home.to-decide",
                        DossierStatus.SUBMITTED,
                        DossierStatus.APPRAISED);
            }
            if (roles.contains(Role.AGENCY_OFFICER.name())) {
                return withDossiers(
                        queries,
                        "systems.home.to-finish.title",
                        "systems.home.to-finish",
                        DossierStatus.DRAFT,
                        DossierStatus.RETURNED);
            }
            long systems = queries.countSystems();
            return systems == 0
                    ? List.of()
                    : List.of(new HomeCard.Item(
                            "systems.home.title", "systems.home.text", List.of(systems), "/systems", 200));
        };
    }

    /** A card only when some system waits, opening the list of exactly those systems. */
    private static List<HomeCard.Item> withDossiers(
            SystemQueries queries, String titleKey, String textKey, DossierStatus... steps) {
        long count = queries.countWithDossiers(EnumSet.copyOf(List.of(steps)));
        String path = "/systems?"
                + String.join(
                        "&",
                        java.util.Arrays.stream(steps)
                                .map(s -> "dossier=" + s.name())
                                .toList());
        return count == 0 ? List.of() : List.of(new HomeCard.Item(titleKey, textKey, List.of(count), path, 200));
    }
}
