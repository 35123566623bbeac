package vn.khien.monitoring;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khien.monitoring.kafka.KafkaAlertForwarder;

/**
 * Not a test (its name keeps it out of the build): bench/cluster/kafka-vs-http.sh runs it. The same
 * alerts, in one JVM on one database, stored once through the HTTP intake (one sender, batches of
 * 5,000, MockMvc: no network) and once through Kafka (written by the forwarder, read by the consumer
 * group, two threads); prints alerts per second from the first send to the last commit of each.
 */
@KafkaIntakeTest
class KafkaHttpRateBench extends MonitoringTestSupport {

    private static final int ALERTS = Integer.getInteger("khien.bench.alerts", 100_000);
    private static final int BATCH = 5000;

    @Autowired
    KafkaAlertForwarder forwarder;

    @Test
    void httpAndKafkaSideBySide() throws Exception {
        String token = issueToken("H57.08");
        long run = System.nanoTime();
        // both organisations send through the same intake; two so that each path counts only its own rows
        String viaHttp = "http-" + run;
        long start = System.nanoTime();
        for (int from = 0; from < ALERTS; from += BATCH) {
            postAlerts(token, "generic", String.join("\n", lines(viaHttp, from)))
                    .andExpect(status().isOk());
        }
        report("HTTP  (1 sender, committed before the answer)", start);

        String viaKafka = "kafka-" + run;
        start = System.nanoTime();
        for (int from = 0; from < ALERTS; from += BATCH) {
            forwarder.forward("H57.08", AlertFormat.GENERIC, lines(viaKafka, from));
        }
        double written = (System.nanoTime() - start) / 1e9;
        Awaitility.await()
                .atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> stored(viaKafka) >= ALERTS);
        System.out.printf("bench Kafka producer: %d alerts acknowledged by the broker in %.2f s%n", ALERTS, written);
        report("Kafka (forwarder → topic → 2 consumers → committed)", start);
    }

    private void report(String path, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("bench %s: %d alerts in %.2f s = %.0f alerts/s%n", path, ALERTS, seconds, ALERTS / seconds);
    }

    private static List<String> lines(String run, int from) {
        List<String> lines = new ArrayList<>(BATCH);
        for (int i = from; i < from + BATCH; i++) {
            lines.add("{\"rule\":{\"id\":\"RATE-1\",\"name\":\"rate\"},\"severity\":\"high\",\"srcIp\":\"198.51.100."
                    + (i % 250 + 1) + "\",\"marker\":\"" + run + "-" + i + "\"}");
        }
        return lines;
    }

    private long stored(String run) {
        return jdbc.sql("SELECT count(*) FROM monitoring.alert WHERE organisation_code = 'H57.08' AND raw LIKE :run")
                .param("run", "%\"marker\":\"" + run + "-%")
                .query(Long.class)
                .single();
    }
}
