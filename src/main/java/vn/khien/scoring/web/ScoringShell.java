package vn.khien.scoring.web;

import java.util.Set;
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

    /** Assessors and providers take no part in scoring: no link for them. */
    static final Set<String> PARTICIPANTS = Set.of(
            Role.COORDINATOR_ADMIN.name(),
            Role.RESPONDER.name(),
            Role.OBSERVER.name(),
            Role.AGENCY_OFFICER.name(),
            Role.AGENCY_HEAD.name());

    @Bean
    NavigationLink scoringLink() {
        return new NavigationLink("scoring.nav", "/scoring", 500, PARTICIPANTS, NavigationMenu.COMPLIANCE);
    }

    @Bean
    HomeCard scoringHomeCard(ScoringTodo todo) {
        return (username, roles) -> todo.lines().stream()
                .map(line -> new HomeCard.Item("scoring.home.title", line.key(), line.arguments(), line.path(), 500))
                .toList();
    }
}
