package vn.khien.incidents.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;

/** The incidents entry of the main navigation: for everyone who reports, handles or is party to incidents. */
@Configuration(proxyBeanMethods = false)
class IncidentsShell {

    @Bean
    NavigationLink incidentsLink() {
        return new NavigationLink("incidents.nav", "/incidents", 450, Set.of(), NavigationMenu.OPERATIONS);
    }
}
