package vn.khien.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.Role;
import vn.khien.monitoring.AlertSeverity;
import vn.khien.monitoring.application.AlertFilter;
import vn.khien.monitoring.application.AlertQueries;
import vn.khien.monitoring.application.IntakeQueries;
import vn.khien.shared.HomeCard;
import vn.khien.shared.NavigationLink;
import vn.khien.shared.NavigationMenu;
import vn.khien.shared.Paging;

/**
 * How the monitoring module shows itself in the shell: the alert console link, and for those who watch
 * alerts (providers, responders, the coordinator) home cards of the critical alerts since yesterday — the
 * console's own default window — and of alerts no system claims.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringShell {

    private static final Set<String> WATCHING =
            Set.of(Role.PROVIDER.name(), Role.RESPONDER.name(), Role.COORDINATOR_ADMIN.name());

    @Bean
    NavigationLink alertsLink() {
        return new NavigationLink("monitoring.nav", "/monitoring/alerts", 300, Set.of(), NavigationMenu.OPERATIONS);
    }

    @Bean
    HomeCard alertsHomeCard(AlertQueries alerts, IntakeQueries intake, Clock clock) {
        return (username, roles) -> {
            if (roles.stream().noneMatch(WATCHING::contains)) {
                return List.of();
            }
            boolean provider = roles.contains(Role.PROVIDER.name());
            LocalDate today = LocalDate.now(clock);
            List<HomeCard.Item> items = new ArrayList<>();
            AlertFilter critical = new AlertFilter(
                    today.minusDays(1), today, null, null, AlertSeverity.CRITICAL, null, null, null, false);
            long rollups = alerts.rollups(critical, Paging.of(0, 1)).total();
            HomeCard.addCounted(
                    items,
                    "monitoring.home.critical.title",
                    "monitoring.home.critical",
                    rollups,
                    "/monitoring/alerts?severity=CRITICAL",
                    provider ? 10 : 60);
            long unassigned = intake.unassigned(AlertFilter.lastDays(today, 30), Paging.of(0, 1))
                    .total();
            HomeCard.addCounted(
                    items,
                    "monitoring.home.unassigned.title",
                    "monitoring.home.unassigned",
                    unassigned,
                    "/monitoring/unassigned",
                    provider ? 20 : 160);
            return items;
        };
    }
}
