package vn.khien.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.systems.ServiceArrangementChanged;

/**
 * The alert intake learns about a new monitoring arrangement from the systems module's event, after
 * the change commits (an application module listener), without a restart or a manual refresh.
 */
@KhienIntegrationTest
@EnableScenarios
class AssetIndexEventScenarioTests extends MonitoringTestSupport {

    private void postJson(String path, String body, int expected) throws Exception {
        mvc.perform(post(path)
                        .with(as("dieuphoi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is(expected));
    }

    @Test
    void aNewMonitoringArrangementMakesTheProviderServeTheSystemOnceItCommits(Scenario scenario) throws Exception {
        String code = "IDX." + System.nanoTime() % 1_000_000;
        postJson("/api/v1/systems", """
                {"code":"%s","name":"Hệ thống %s","ownerCode":"H57.10","type":"INTERNAL","proposedLevel":2}""".formatted(code, code), 201);
        String range = "10.159." + ThreadLocalRandom.current().nextInt(1, 250) + ".0/24";
        postJson("/api/v1/systems/" + code + "/assets", "{\"kind\":\"CIDR\",\"value\":\"" + range + "\"}", 201);
        assertThat(index.systemsServedBy(Set.of(PROVIDER))).doesNotContain(code);

        scenario.stimulate(() -> {
                    try {
                        postJson("/api/v1/systems/" + code + "/arrangements", """
                                {"service":"MONITORING","providerCode":"%s","from":"2026-01-01"}""".formatted(PROVIDER), 201);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> index.systemsServedBy(Set.of(PROVIDER)), served -> served.contains(code))
                .andVerify(served -> assertThat(served).contains(code));
    }

    @Test
    void aNewMonitoringArrangementIsAnnouncedAsAnEventOfTheSystemsModule(Scenario scenario) throws Exception {
        String code = "IDX." + System.nanoTime() % 1_000_000;
        postJson("/api/v1/systems", """
                {"code":"%s","name":"Hệ thống %s","ownerCode":"H57.10","type":"INTERNAL","proposedLevel":2}""".formatted(code, code), 201);

        scenario.stimulate(() -> {
                    try {
                        postJson("/api/v1/systems/" + code + "/arrangements", """
                                {"service":"MONITORING","providerCode":"%s","from":"2026-01-01"}""".formatted(PROVIDER), 201);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .andWaitForEventOfType(ServiceArrangementChanged.class)
                .matching(event -> event.systemCode().equals(code))
                .toArriveAndVerify(event -> assertThat(event.providerCode()).isEqualTo(PROVIDER));
    }
}
