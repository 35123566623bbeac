package vn.khien.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.util.ReflectionTestUtils;
import vn.khien.support.KhienIntegrationTest;

/**
 * Issue 22, item 6: the alert intake's limits and odd bodies, each answered without a 5xx: too many
 * lines (413, nothing stored), no free slot (503 with Retry-After, nothing stored), a JSON array body
 * (stored like NDJSON) and bytes that are not UTF-8 (kept as a dead letter, never a 500).
 */
@KhienIntegrationTest
class AlertIntakeLimitsIntegrationTests extends MonitoringTestSupport {

    @Autowired
    ApplicationContext context;

    private static String line(String rule) {
        return "{\"timestamp\":\"" + Instant.now() + "\",\"ruleId\":\"" + rule
                + "\",\"severity\":\"low\",\"srcIp\":\"198.51.100.7\",\"dstIp\":\"192.0.2.9\"}";
    }

    private long stored(String rule) {
        return jdbc.sql("SELECT (SELECT count(*) FROM monitoring.alert WHERE rule_id LIKE :r)"
                        + " + (SELECT count(*) FROM monitoring.dead_letter WHERE raw LIKE :raw)")
                .param("r", rule + "%")
                .param("raw", "%" + rule + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void moreLinesThanTheLimitAre413AndNothingIsStored() throws Exception {
        String token = issueToken(PROVIDER);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i <= 10_000; i++) {
            body.append(line("LIMIT-LINES-" + i)).append('\n');
        }
        postAlerts(token, "generic", body.toString())
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nothing was stored")));
        assertThat(stored("LIMIT-LINES-")).isZero();
    }

    @Test
    void aBatchFindingNoFreeSlotIs503WithRetryAfterAndNothingIsStored() throws Exception {
        String token = issueToken(PROVIDER);
        Object gate = context.getBean(Class.forName("vn.khien.monitoring.application.IntakeGate"));
        Semaphore slots = (Semaphore) ReflectionTestUtils.getField(gate, "slots");
        int taken = slots.drainPermits();
        try {
            postAlerts(token, "generic", line("LIMIT-SATURATED") + "\n")
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"));
        } finally {
            slots.release(taken);
        }
        assertThat(stored("LIMIT-SATURATED")).isZero();
    }

    @Test
    void aJsonArrayBodyIsStoredElementByElement() throws Exception {
        String token = issueToken(PROVIDER);
        String array = "[" + line("LIMIT-ARRAY-1") + ",\n" + line("LIMIT-ARRAY-2") + "]";
        postAlerts(token, "generic", array)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2));
        assertThat(stored("LIMIT-ARRAY-")).isEqualTo(2);
    }

    @Test
    void bytesThatAreNotUtf8AreKeptAsADeadLetterNeverA500() throws Exception {
        String token = issueToken(PROVIDER);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(line("LIMIT-UTF8-GOOD").getBytes(StandardCharsets.UTF_8));
        body.write('\n');
        body.write("{\"ruleId\":\"LIMIT-UTF8-BAD\",\"message\":\"".getBytes(StandardCharsets.UTF_8));
        body.write(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE});
        body.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/alerts")
                        .param("format", "generic")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType("application/x-ndjson")
                        .content(body.toByteArray()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        assertThat(stored("LIMIT-UTF8-GOOD")).isEqualTo(1);
    }
}
