package vn.khien.systems.web;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.shared.HomeCard;
import vn.khien.shared.NavigationLink;

/** How the systems module shows itself in the shell: the inventory link and a home-page card. */
@Configuration(proxyBeanMethods = false)
class SystemsShell {

    @Bean
    NavigationLink systemsLink() {
        return new NavigationLink("systems.nav", "/systems", 200, Set.of());
    }

    @Bean
    HomeCard systemsHomeCard() {
        return (username, roles) ->
                List.of(new HomeCard.Item("systems.home.title", "systems.home.text", List.of(), "/systems", 200));
    }
}
