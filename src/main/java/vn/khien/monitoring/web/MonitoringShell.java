package vn.khien.monitoring.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;

/** How the monitoring module shows itself in the shell: the alert console link. */
@Configuration(proxyBeanMethods = false)
class MonitoringShell {

    @Bean
    NavigationLink alertsLink() {
        return new NavigationLink("monitoring.nav", "/monitoring/alerts", 300, Set.of(), NavigationMenu.OPERATIONS);
    }
}
