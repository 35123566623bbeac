package vn.khien.incidents.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.khien.incidents.IncidentData;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.IncidentStatus;
import vn.khien.incidents.Pap;
import vn.khien.incidents.Tlp;
import vn.khien.monitoring.AlertsPromoted;
import vn.khien.shared.EnumSql;
import vn.khien.shared.SystemActor;

/**
 * Opens an incident when alerts are promoted, or adds them to the open incident of the same system
 * and rule. Idempotent: a redelivered event (the event publication registry retries) finds its
 * roll-ups already noted and changes nothing.
 */
@Component
class AlertIncidents {

    private static final Logger log = LoggerFactory.getLogger(AlertIncidents.class);
    static final String ACTOR = "alerts";

    private final IncidentManagement management;
    private final IncidentLoader loader;
    private final JdbcClient jdbc;
    private final Clock clock;

    AlertIncidents(IncidentManagement management, IncidentLoader loader, JdbcClient jdbc, Clock clock) {
        this.management = management;
        this.loader = loader;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AlertsPromoted event) {
        if (event.systemCode() == null) {
            log.warn("Promoted alerts without a system ({}): no incident opened", event.alertRule());
            return;
        }
        SystemActor.run(ACTOR, () -> openOrAttach(event));
    }

    void openOrAttach(AlertsPromoted event) {
        String source = event.rule() + "/" + event.alertRule();
        String marker = "#rollups:" + event.rollupIds();
        boolean seen = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM incidents.timeline_entry t JOIN incidents.incident i ON i.id = t.incident
                                       WHERE i.system_code = :system AND t.kind = 'ALERTS' AND t.text LIKE '%' || :marker)""")
                .param("system", event.systemCode())
                .param("marker", marker)
                .query(Boolean.class)
                .single();
        if (seen) {
            return;
        }
        List<String> open = jdbc.sql("""
                        SELECT reference FROM incidents.incident
                        WHERE system_code = :system AND source_rule = :source AND status NOT IN %s
                        ORDER BY id LIMIT 1""".formatted(EnumSql.in(s -> !s.open(), IncidentStatus.values())))
                .param("system", event.systemCode())
                .param("source", source)
                .query(String.class)
                .list();
        String reference = open.isEmpty() ? management.report(report(event), source) : open.get(0);
        var loaded = loader.forTeam(reference);
        loader.append(loaded.incident()
                .alertsAdded(
                        ACTOR,
                        clock.instant(),
                        event.alertRule() + " ×" + event.alertCount() + " " + event.severity() + " " + marker));
    }

    /**
     * Detected when monitoring first saw it, so that the notice clock runs from then, not from the
     * promotion; a sensor's clock ahead of ours cannot put the detection in the future.
     */
    private IncidentData report(AlertsPromoted event) {
        Instant now = clock.instant();
        Instant detected = event.firstSeen() == null || event.firstSeen().isAfter(now) ? now : event.firstSeen();
        return new IncidentData(
                event.systemCode(),
                detected,
                "OTHER",
                event.alertRule() + " ×" + event.alertCount(),
                event.reason(),
                null,
                null,
                null,
                null,
                null,
                null,
                severity(event),
                null,
                Tlp.AMBER,
                Pap.GREEN,
                false);
    }

    private static IncidentSeverity severity(AlertsPromoted event) {
        return switch (event.severity()) {
            case CRITICAL -> IncidentSeverity.CRITICAL;
            case HIGH -> IncidentSeverity.HIGH;
            case MEDIUM -> IncidentSeverity.MEDIUM;
            case LOW -> IncidentSeverity.LOW;
        };
    }
}
