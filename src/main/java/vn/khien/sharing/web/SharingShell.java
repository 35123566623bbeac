package vn.khien.sharing.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.Role;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;

/** Sharing sits with alerts and incidents: the response team's work. */
@Configuration(proxyBeanMethods = false)
class SharingShell {

    @Bean
    NavigationLink sharingLink() {
        return new NavigationLink(
                "sharing.nav",
                "/sharing",
                700,
                Set.of(Role.COORDINATOR_ADMIN.name(), Role.RESPONDER.name()),
                NavigationMenu.OPERATIONS);
    }
}
