package vn.khien.registers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.Role;
import vn.khien.registers.application.CredentialFilter;
import vn.khien.registers.application.CredentialQueries;
import vn.khien.registers.application.TodoQueries;
import vn.khien.shared.HomeCard;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;
import vn.khien.shared.Paging;

/** How the registers show themselves in the shell: the navigation link and the to-do counts at home. */
@Configuration(proxyBeanMethods = false)
class RegistersShell {

    @Bean
    NavigationLink registersLink() {
        return new NavigationLink("registers.nav", "/registers", 300, Set.of(), NavigationMenu.REGISTRY);
    }

    /** One card per kind of pending work in the user's scope, each with its own title; none when nothing waits. */
    @Bean
    HomeCard registersHomeCard(TodoQueries todo, CredentialQueries credentials) {
        return (username, roles) -> {
            // the registers are kept by the agencies and decided by the coordinator; others only read them
            if (roles.stream().noneMatch(Role.KEEPING_RECORDS::contains)) {
                return List.of();
            }
            var counts = todo.counts(null);
            List<HomeCard.Item> items = new ArrayList<>();
            // expiring and flagged certificates share one list, so they share one card with its count
            add(
                    items,
                    "registers.home.credentials",
                    credentials
                            .list(new CredentialFilter(null, null, true, null), Paging.of(0, 1))
                            .total(),
                    "/registers/credentials?attention=true");
            add(
                    items,
                    "registers.home.exceptions",
                    counts.exceptionsAwaiting(),
                    "/registers/it-plans?exception=DECLARED");
            add(
                    items,
                    "registers.home.attestations",
                    counts.attestationsAwaiting(),
                    "/registers/attestations?status=SUBMITTED");
            add(items, "registers.home.training", counts.staffBelowTarget(), "/registers/staff?belowTarget=true");
            return items;
        };
    }

    private static void add(List<HomeCard.Item> items, String key, long count, String path) {
        HomeCard.addCounted(items, key + ".title", key, count, path, 300);
    }
}
