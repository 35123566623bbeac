package vn.khien.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.KhienIntegrationTest;

/**
 * Issue 15 (2): an agency that writes another agency's address into its own system, then buys
 * monitoring from the same provider, must not receive that agency's alerts.
 */
@KhienIntegrationTest
class AlertOwnershipIntegrationTests extends MonitoringTestSupport {

    private ResultActions postJson(String username, String path, String body) throws Exception {
        return mvc.perform(post(path)
                .with(as(username))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    /** A new system of the owner, registered by the user, with a monitoring arrangement with the provider. */
    private String monitoredSystem(String username, String owner) throws Exception {
        String code = "OWN." + System.nanoTime() % 1_000_000;
        postJson(username, "/api/v1/systems", """
                        {"code":"%s","name":"Hệ thống %s","ownerCode":"%s","type":"INTERNAL","proposedLevel":2}""".formatted(code, code, owner)).andExpect(status().isCreated());
        postJson(username, "/api/v1/systems/" + code + "/arrangements", """
                        {"service":"MONITORING","providerCode":"%s","from":"2026-01-01"}""".formatted(PROVIDER))
                .andExpect(status().isCreated());
        return code;
    }

    private String alertFor(String address) {
        return "{\"timestamp\":\"%s\",\"ruleId\":\"OWN-%s\",\"ruleName\":\"Dò quét\",\"severity\":\"high\",\"srcIp\":\"198.51.100.9\",\"dstIp\":\"%s\"}"
                .formatted(java.time.Instant.now(), address, address);
    }

    private String systemOfStoredAlert(String address) {
        return jdbc.sql("SELECT coalesce(max(system_code), '(none)') FROM monitoring.alert WHERE rule_id = ?")
                .param("OWN-" + address)
                .query(String.class)
                .single();
    }

    /** A monitored system of the Department of Health (H57.10) holding the range, recorded by the coordinator. */
    private String healthSystemWith(String range) throws Exception {
        String health = monitoredSystem("dieuphoi", "H57.10");
        postJson("dieuphoi", "/api/v1/systems/" + health + "/assets", "{\"kind\":\"CIDR\",\"value\":\"" + range + "\"}")
                .andExpect(status().isCreated());
        return health;
    }

    private static String randomRange(int second) {
        return "10." + second + "." + ThreadLocalRandom.current().nextInt(1, 250) + ".0/24";
    }

    @Test
    void alertsForAnAddressClaimedByAnotherAgencyStayWithTheOwner() throws Exception {
        String range = randomRange(241);
        String health = healthSystemWith(range);
        String claimant = monitoredSystem("canbo.sonv", "H57.02");
        String address = range.replace(".0/24", ".25");
        postJson(
                        "canbo.sonv",
                        "/api/v1/systems/" + claimant + "/assets",
                        "{\"kind\":\"CIDR\",\"value\":\"" + address + "\"}")
                .andExpect(status().isConflict());
        index.refresh();
        postAlerts(issueToken(PROVIDER), "generic", alertFor(address))
                .andExpect(jsonPath("$.accepted").value(1));
        assertThat(systemOfStoredAlert(address)).isEqualTo(health);
    }

    @Test
    void anUnapprovedClaimAlreadyStoredNeverMovesAlertsToTheClaimant() throws Exception {
        String range = randomRange(242);
        healthSystemWith(range);
        String claimant = monitoredSystem("canbo.sonv", "H57.02");
        String address = range.replace(".0/24", ".26");
        // a claim written before the check existed (or by any path around it)
        jdbc.sql("""
                        INSERT INTO systems.network_asset (information_system, position, ref, kind, value)
                        SELECT id, 0, ?, 'CIDR', ? FROM systems.information_system WHERE code = ?""").params(UUID.randomUUID(), address + "/32", claimant).update();
        index.refresh();
        postAlerts(issueToken(PROVIDER), "generic", alertFor(address))
                .andExpect(jsonPath("$.accepted").value(1));
        assertThat(systemOfStoredAlert(address)).isNotEqualTo(claimant);
    }
}
