package vn.khien.incidents.application;

import static org.assertj.core.api.Assertions.assertThat;

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
        var first =
                new AlertsPromoted("SNV.LAN", "brute-force", rule, List.of(9001L), 12, AlertSeverity.HIGH, "12 lần");
        var second = new AlertsPromoted(
                "SNV.LAN", "brute-force", rule, List.of(9002L), 30, AlertSeverity.CRITICAL, "30 lần");
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
    }
}
