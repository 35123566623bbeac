package vn.khien.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
    void storesEveryFieldAsSentAddressesTimesAndVietnameseTextIncluded() throws Exception {
        String token = issueToken(PROVIDER);
        Instant seen =
                Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600).plusNanos(123_456_000);
        String line = "{\"timestamp\":\"" + seen.atOffset(ZoneOffset.ofHours(7)) + "\",\"ruleId\":\"VN-1\","
                + "\"ruleName\":\"Dò quét cổng\\u0000 \\\\ \\t tab\",\"severity\":\"high\","
                + "\"srcIp\":\"2001:db8::7\",\"srcPort\":65535,\"dstIp\":\"192.0.2.200\",\"dstPort\":0,"
                + "\"user\":\"nguyễn.văn.a\"}";
        postAlerts(token, "generic", line).andExpect(jsonPath("$.accepted").value(1));
        var stored = jdbc.sql("SELECT host(src_ip), src_port, host(dst_ip), dst_port, rule_name, username, severity,"
                        + " to_char(event_time AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), day, raw"
                        + " FROM monitoring.alert WHERE rule_id = 'VN-1' AND organisation_code = ?")
                .param(PROVIDER)
                .query((rs, n) -> java.util.stream.IntStream.rangeClosed(1, 10)
                        .mapToObj(i -> {
                            try {
                                return rs.getString(i);
                            } catch (java.sql.SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .toList())
                .single();
        assertThat(stored.subList(0, 9))
                .containsExactly(
                        "2001:db8::7",
                        "65535",
                        "192.0.2.200",
                        "0",
                        "Dò quét cổng \\ \t tab",
                        "nguyễn.văn.a",
                        "3",
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
                                .withZone(ZoneOffset.UTC)
                                .format(seen),
                        seen.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        assertThat(stored.get(9)).isEqualTo(line);
        assertThat(jdbc.sql("SELECT to_char(first_seen AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || ' / '"
                                + " || to_char(last_seen AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
                                + " FROM monitoring.alert_rollup WHERE rule_id = 'VN-1' AND organisation_code = ?")
                        .param(PROVIDER)
                        .query(String.class)
                        .single())
                .as("the roll-up keeps the sighting to the microsecond")
                .isEqualTo(stored.get(7) + " / " + stored.get(7));
    }

    @Test
    void aHugeLineKeepsItsFieldsAndAsMuchRawEventAsTheDocumentedLimit() throws Exception {
        String token = issueToken(PROVIDER);
        String line = "{\"timestamp\":\"" + Instant.now() + "\",\"ruleId\":\"HUGE-1\",\"ruleName\":\"Dò quét\","
                + "\"severity\":\"high\",\"srcIp\":\"198.51.100.70\",\"dstIp\":\"192.0.2.70\",\"padding\":\""
                + "x".repeat(3_000_000) + "\"}";
        postAlerts(token, "generic", line).andExpect(jsonPath("$.accepted").value(1));
        var stored = jdbc.sql("SELECT rule_name, length(raw), raw FROM monitoring.alert WHERE rule_id = 'HUGE-1'")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(stored.get(0)).isEqualTo("Dò quét");
        assertThat(Integer.parseInt(stored.get(1))).isLessThan(65_536 + 100);
        assertThat(stored.get(2))
                .startsWith(line.substring(0, 65_536))
                .endsWith("truncated, " + line.length() + " characters received]");
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
