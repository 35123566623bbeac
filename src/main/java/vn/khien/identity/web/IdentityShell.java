package vn.khien.identity.web;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.Role;
import vn.khien.identity.application.UserQueries;
import vn.khien.shared.HomeCard;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;

/** How the identity module shows itself in the shell: the users page and home-page hints. */
@Configuration(proxyBeanMethods = false)
class IdentityShell {

    @Bean
    NavigationLink usersLink() {
        return new NavigationLink(
                "nav.users", "/admin/users", 900, Set.of(Role.COORDINATOR_ADMIN.name()), NavigationMenu.ADMINISTRATION);
    }

    @Bean
    NavigationLink apiTokensLink() {
        return new NavigationLink(
                "nav.api-tokens",
                "/admin/api-tokens",
                910,
                Set.of(Role.COORDINATOR_ADMIN.name()),
                NavigationMenu.ADMINISTRATION);
    }

    @Bean
    HomeCard identityHomeCard(UserQueries users) {
        return (username, roles) -> {
            HomeCard.Item password =
                    new HomeCard.Item("home.account.title", "home.account.text", List.of(), "/account/password", 900);
            if (!roles.contains(Role.COORDINATOR_ADMIN.name())) {
                return List.of(password);
            }
            HomeCard.Item manage = new HomeCard.Item(
                    "home.users.title", "home.users.text", List.of(users.countEnabled()), "/admin/users", 800);
            return List.of(manage, password);
        };
    }
}
