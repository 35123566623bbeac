package vn.khien.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class AlertIntakeIntegrationTests extends MonitoringTestSupport {

    private static String suricata(String src, String dst, int sid, String signature) {
        return ("{\"timestamp\":\"%s\",\"event_type\":\"alert\",\"src_ip\":\"%s\",\"src_port\":4444,\"dest_ip\":\"%s\","
                        + "\"dest_port\":443,\"proto\":\"TCP\",\"alert\":{\"signature_id\":%d,\"signature\":\"%s\",\"severity\":1}}")
                .formatted(java.time.Instant.now().toString(), src, dst, sid, signature);
    }

    @Test
    void storesAlertsMapsThemToTheSystemAndRollsUpRepeats() throws Exception {
        var range = demoRange(PROVIDER, true);
        String token = issueToken(PROVIDER);
        String dst = hostIn(range, 10);
        String line = suricata("198.51.100.7", dst, 2001219, "ET SCAN Potential SSH Scan");
        String again = suricata("198.51.100.7", dst, 2001219, "ET SCAN Potential SSH Scan")
                .replace("4444", "4445");
        postAlerts(token, "suricata-eve", line + "\n" + again + "\n")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.duplicates").value(0));
        var rollup = jdbc.sql(
                        "SELECT system_code, alert_count FROM monitoring.alert_rollup WHERE dst_ip = CAST(? AS inet)")
                .param(dst)
                .query((rs, n) -> rs.getString(1) + " ×" + rs.getLong(2))
                .single();
        assertThat(rollup).isEqualTo(range.systemCode() + " ×2");
    }

    @Test
    void aResentBatchIsCountedAsDuplicatesAndStoredOnce() throws Exception {
        var range = demoRange(PROVIDER, true);
        String token = issueToken(PROVIDER);
        String line =
                suricata("198.51.100.8", hostIn(range, 11), 2100498, "GPL ATTACK_RESPONSE id check returned root");
        postAlerts(token, "suricata-eve", line).andExpect(jsonPath("$.accepted").value(1));
        postAlerts(token, "suricata-eve", line)
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.duplicates").value(1));
    }

    @Test
    void refusesAlertsOnSystemsTheProviderDoesNotServeLineByLine() throws Exception {
        var served = demoRange(PROVIDER, true);
        var other = demoRange(PROVIDER, false);
        String token = issueToken(PROVIDER);
        postAlerts(
                        token,
                        "suricata-eve",
                        suricata("198.51.100.9", hostIn(served, 12), 1, "a") + "\n"
                                + suricata("198.51.100.9", hostIn(other, 12), 1, "b") + "\n{broken\n")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.rejected[0].line").value(2))
                .andExpect(jsonPath("$.rejected[0].reason")
                        .value("system " + other.systemCode() + " is not served by " + PROVIDER))
                .andExpect(jsonPath("$.rejected[1].line").value(3))
                .andExpect(jsonPath("$.deadLettered").value(1));
    }

    @Test
    void keepsAlertsOnUnknownTargetsUnassigned() throws Exception {
        String token = issueToken(PROVIDER);
        postAlerts(token, "suricata-eve", suricata("198.51.100.10", "192.0.2.77", 7, "unknown"))
                .andExpect(jsonPath("$.accepted").value(1));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM monitoring.alert_rollup WHERE dst_ip = '192.0.2.77' AND system_code IS NULL")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRevokedTokenGets401AndAMissingFormat400() throws Exception {
        String token = issueToken(PROVIDER);
        postAlerts(token, "nonsense", "x").andExpect(status().isBadRequest());
        long id = jdbc.sql("SELECT max(id) FROM identity.api_token")
                .query(Long.class)
                .single();
        mvc.perform(delete("/api/v1/api-tokens/" + id).with(as("dieuphoi"))).andExpect(status().isNoContent());
        postAlerts(token, "wazuh", "{}").andExpect(status().isUnauthorized());
        postAlerts("khien_not-a-token", "wazuh", "{}").andExpect(status().isUnauthorized());
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit.audit_record WHERE action = 'identity.api-token.revoked' AND object_id = ?")
                        .param(Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void onlyTheCoordinatorIssuesTokens() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/api-tokens")
                        .with(as("canbo.sonv"))
                        .contentType("application/json")
                        .content("{\"organisationCode\":\"H57.02\",\"name\":\"x\"}"))
                .andExpect(status().isForbidden());
    }
}
