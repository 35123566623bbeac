package vn.khien.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.khien.monitoring.application.AlertRetention;
import vn.khien.monitoring.application.PromotionManagement;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
@RecordApplicationEvents
class PromotionAndRetentionIntegrationTests extends MonitoringTestSupport {

    @Autowired
    PromotionManagement promotion;

    @Autowired
    AlertRetention retention;

    @Autowired
    ApplicationEvents events;

    @Test
    void aHighAlertOnALevel3SystemIsPromotedByTheRule() throws Exception {
        var range = systems.monitoredAssets().stream()
                .filter(a -> a.servedBy().contains(PROVIDER) && a.approvedLevel() != null && a.approvedLevel() >= 3)
                .filter(a -> a.value().endsWith("/24"))
                .findFirst()
                .orElseThrow();
        index.refresh();
        String token = issueToken(PROVIDER);
        String line = ("{\"timestamp\":\"%s\",\"event_type\":\"alert\",\"src_ip\":\"203.0.113.99\",\"dest_ip\":\"%s\","
                        + "\"alert\":{\"signature_id\":9900001,\"signature\":\"ET EXPLOIT test\",\"severity\":1}}")
                .formatted(Instant.now(), hostIn(range, 200));
        postAlerts(token, "suricata-eve", line);
        assertThat(promotion.evaluate(Instant.now())).isGreaterThanOrEqualTo(1);
        assertThat(events.stream(AlertsPromoted.class)
                        .filter(e -> e.systemCode().equals(range.systemCode())
                                && e.alertRule().equals("9900001")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo("high-on-level-3");
                    assertThat(e.severity()).isEqualTo(AlertSeverity.HIGH);
                });
        assertThat(promotion.evaluate(Instant.now().plus(Duration.ofSeconds(1))))
                .as("already promoted roll-ups are not promoted again")
                .isZero();
    }

    @Test
    void retentionCreatesComingPartitionsAndDropsOnesPastTheRetentionPeriod() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        LocalDate old = today.minusDays(60);
        jdbc.sql(
                        "CREATE TABLE IF NOT EXISTS monitoring.alert_%s PARTITION OF monitoring.alert FOR VALUES FROM ('%s') TO ('%s')"
                                .formatted(old.toString().replace("-", ""), old, old.plusDays(1)))
                .update();
        var dropped = retention.maintain(today);
        assertThat(dropped).contains("alert_" + old.toString().replace("-", ""));
        assertThat(partitionExists(old)).isFalse();
        assertThat(partitionExists(today.plusDays(7))).isTrue();
        assertThat(partitionExists(today.minusDays(29)))
                .as("inside the 30 days kept")
                .isTrue();
    }

    private boolean partitionExists(LocalDate day) {
        return jdbc.sql("SELECT to_regclass(?) IS NOT NULL")
                .param("monitoring.alert_" + day.toString().replace("-", ""))
                .query(Boolean.class)
                .single();
    }
}
