package vn.khien.notifications.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.Role;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;

/** The outbox in the coordinator's navigation; everyone's own list is the badge in the top bar. */
@Configuration(proxyBeanMethods = false)
class NotificationsShell {

    @Bean
    NavigationLink outboxLink() {
        return new NavigationLink(
                "notifications.outbox.nav",
                "/notifications/outbox",
                930,
                Set.of(Role.COORDINATOR_ADMIN.name()),
                NavigationMenu.ADMINISTRATION);
    }
}
