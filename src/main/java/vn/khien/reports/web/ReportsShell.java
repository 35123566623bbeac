package vn.khien.reports.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.Role;
import vn.khien.reports.application.ReportTodo;
import vn.khien.shared.HomeCard;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;

/** How reports show themselves in the shell: a link under compliance, and the year's report at home when due. */
@Configuration(proxyBeanMethods = false)
class ReportsShell {

    /** Assessors and providers take no part in reports: no link for them. */
    static final Set<String> PARTICIPANTS = Set.of(
            Role.COORDINATOR_ADMIN.name(),
            Role.RESPONDER.name(),
            Role.OBSERVER.name(),
            Role.AGENCY_OFFICER.name(),
            Role.AGENCY_HEAD.name());

    @Bean
    NavigationLink reportsLink() {
        return new NavigationLink("reports.nav", "/reports", 510, PARTICIPANTS, NavigationMenu.COMPLIANCE);
    }

    @Bean
    HomeCard reportsHomeCard(ReportTodo todo) {
        return (username, roles) -> todo.lines().stream()
                .map(line -> new HomeCard.Item("reports.home.title", line.key(), line.arguments(), line.path(), 510))
                .toList();
    }
}
