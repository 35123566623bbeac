package vn.khien.incidents.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.monitoring.AlertSeverity;
import vn.khien.monitoring.AlertsPromoted;
import vn.khien.shared.SystemActor;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class AlertIncidentsIntegrationTests {

    @Autowired
    AlertIncidents listener;

    @Autowired
    JdbcClient jdbc;

    @Test
    void promotedAlertsOpenOneIncidentPerSystemAndRuleAndARedeliveryChangesNothing() {
        String rule = "wazuh-" + System.nanoTime();
        Instant firstSeen = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        var first = new AlertsPromoted(
                "SNV.LAN", "brute-force", rule, List.of(9001L), 12, AlertSeverity.HIGH, firstSeen, "12 lần");
        var second = new AlertsPromoted(
                "SNV.LAN", "brute-force", rule, List.of(9002L), 30, AlertSeverity.CRITICAL, Instant.now(), "30 lần");
        SystemActor.run("test", () -> {
            listener.openOrAttach(first);
            listener.openOrAttach(first);
            listener.openOrAttach(second);
        });
        String source = "brute-force/" + rule;
        assertThat(jdbc.sql("SELECT count(*) FROM incidents.incident WHERE source_rule = ?")
                        .param(source)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM incidents.timeline_entry t JOIN incidents.incident i ON i.id = t.incident
                        WHERE i.source_rule = ? AND t.kind = 'ALERTS'""").param(source).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT detected_at FROM incidents.incident WHERE source_rule = ?")
                        .param(source)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant())
                .as("the notice clock runs from the first sighting, not from the promotion")
                .isEqualTo(firstSeen);
    }

    @Test
    void aSightingAheadOfOurClockIsDetectedNow() {
        String rule = "suricata-" + System.nanoTime();
        Instant before = Instant.now();
        var ahead = new AlertsPromoted(
                "SNV.LAN",
                "manual",
                rule,
                List.of(9101L),
                1,
                AlertSeverity.HIGH,
                before.plus(Duration.ofHours(5)),
                "x");
        SystemActor.run("test", () -> listener.openOrAttach(ahead));
        Instant detected = jdbc.sql("SELECT detected_at FROM incidents.incident WHERE source_rule = ?")
                .param("manual/" + rule)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(detected).isBetween(before.minusSeconds(1), Instant.now());
    }
}
