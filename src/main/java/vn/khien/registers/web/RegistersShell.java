package vn.khien.registers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.registers.application.TodoQueries;
import vn.khien.shared.HomeCard;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;

/** How the registers show themselves in the shell: the navigation link and the to-do counts at home. */
@Configuration(proxyBeanMethods = false)
class RegistersShell {

    @Bean
    NavigationLink registersLink() {
        return new NavigationLink("registers.nav", "/registers", 300, Set.of(), NavigationMenu.REGISTRY);
    }

    /** One card per kind of pending work in the user's scope; a quiet card when there is none. */
    @Bean
    HomeCard registersHomeCard(TodoQueries todo) {
        return (username, roles) -> {
            var counts = todo.counts(null);
            List<HomeCard.Item> items = new ArrayList<>();
            add(
                    items,
                    "registers.home.expiring",
                    counts.expiringCredentials(),
                    "/registers/credentials?attention=true");
            add(items, "registers.home.flagged", counts.flaggedCredentials(), "/registers/credentials?attention=true");
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
            return items.isEmpty() ? List.of(item("registers.home.nothing", 0, "/registers")) : items;
        };
    }

    private static void add(List<HomeCard.Item> items, String key, long count, String path) {
        if (count > 0) {
            items.add(item(key, count, path));
        }
    }

    private static HomeCard.Item item(String key, long count, String path) {
        return new HomeCard.Item("registers.home.title", key, List.of(count), path, 300);
    }
}
