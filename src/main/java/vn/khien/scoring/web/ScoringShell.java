package vn.khien.scoring.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.Role;
import vn.khien.scoring.application.ScoringTodo;
import vn.khien.shared.HomeCard;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;

/** How scoring shows itself in the shell: a link under compliance, and what awaits the user at home. */
@Configuration(proxyBeanMethods = false)
class ScoringShell {

    @Bean
    NavigationLink scoringLink() {
        return new NavigationLink(
                "scoring.nav", "/scoring", 500, Role.PROGRAMME_PARTICIPANTS, NavigationMenu.COMPLIANCE);
    }

    @Bean
    HomeCard scoringHomeCard(ScoringTodo todo) {
        return (username, roles) -> todo.lines().stream()
                .map(line -> new HomeCard.Item("scoring.home.title", line.key(), line.arguments(), line.path(), 500))
                .toList();
    }
}
