package vn.khien.audit.web;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.shared.HomeCard;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;

@Configuration(proxyBeanMethods = false)
class AuditShell {

    private static final String ADMIN = "COORDINATOR_ADMIN";

    @Bean
    NavigationLink auditLink() {
        return new NavigationLink("nav.audit", "/admin/audit", 920, Set.of(ADMIN), NavigationMenu.ADMINISTRATION);
    }

    @Bean
    HomeCard auditHomeCard() {
        return (username, roles) -> roles.contains(ADMIN)
                ? List.of(new HomeCard.Item("home.audit.title", "home.audit.text", List.of(), "/admin/audit", 850))
                : List.of();
    }
}
