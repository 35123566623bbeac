package vn.khien.agencies.web;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.agencies.application.FocalPointQueries;
import vn.khien.shared.HomeCard;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;
import vn.khien.shared.Paging;

/** The registry's place in the navigation: every signed-in user sees the agencies of their scope. */
@Configuration(proxyBeanMethods = false)
class AgenciesShell {

    @Bean
    NavigationLink agenciesLink() {
        return new NavigationLink("nav.agencies", "/agencies", 10, Set.of(), NavigationMenu.REGISTRY);
    }

    /** Missing or stale focal points, counted within the viewer's scope. */
    @Bean
    HomeCard focalPointsHomeCard(FocalPointQueries focalPoints) {
        return (username, roles) -> {
            long needing = focalPoints.needingAttention(Paging.of(0, 1)).total();
            return needing == 0
                    ? List.of()
                    : List.of(new HomeCard.Item(
                            "home.focal-points.title",
                            "home.focal-points.text",
                            List.of(needing),
                            "/agencies/focal-points/attention",
                            100));
        };
    }
}
