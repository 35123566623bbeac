package vn.khien.reports.web;

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

    @Bean
    NavigationLink reportsLink() {
        return new NavigationLink(
                "reports.nav", "/reports", 510, Role.PROGRAMME_PARTICIPANTS, NavigationMenu.COMPLIANCE);
    }

    @Bean
    HomeCard reportsHomeCard(ReportTodo todo) {
        return (username, roles) -> todo.lines().stream()
                .map(line -> new HomeCard.Item("reports.home.title", line.key(), line.arguments(), line.path(), 510))
                .toList();
    }
}
