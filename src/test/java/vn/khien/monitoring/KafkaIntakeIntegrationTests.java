package vn.khien.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import vn.khien.monitoring.application.AlertIntake;
import vn.khien.monitoring.application.MonitoringSettings;
import vn.khien.monitoring.kafka.KafkaAlertForwarder;
import vn.khien.monitoring.syslog.LoopbackSyslog;
import vn.khien.monitoring.syslog.SyslogServer;

/**
 * Issue 23 item 4: alerts through Kafka (a real broker in KRaft mode in this JVM) are stored by the
 * same intake as HTTP. The crash case: a node that committed a batch to the database and died before
 * committing its offsets has the same records read again by the group; the deduplication key stores
 * none twice and nothing is lost. The offsets are put back by hand while the consumers are stopped,
 * which is exactly what the group sees after such a death.
 */
@KafkaIntakeTest
class KafkaIntakeIntegrationTests extends MonitoringTestSupport {

    private static final String COORDINATOR = "H57.08"; // reports on the whole province

    @Autowired
    KafkaAlertForwarder forwarder;

    @Autowired
    ConcurrentMessageListenerContainer<String, String> consumers;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    AlertIntake intake;

    @Autowired
    MonitoringSettings settings;

    @Test
    void recordsReadAgainAfterACrashBeforeTheOffsetCommitAreStoredOnceAndNoneIsLost() throws Exception {
        String run = "kafka-" + System.nanoTime();
        List<String> first = markers(run + "-a", 3000);
        forward(first);
        awaitStored(run, first.size());
        try (Admin admin = admin()) {
            assertThat(committed(admin))
                    .as("offsets committed after the database commit")
                    .isEqualTo(ends(admin));

            consumers.stop();
            admin.alterConsumerGroupOffsets(
                            KafkaIntakeTest.GROUP,
                            committed(admin).keySet().stream()
                                    .collect(Collectors.toMap(p -> p, p -> new OffsetAndMetadata(0))))
                    .all()
                    .get();
            consumers.start();

            List<String> second = markers(run + "-b", 500);
            forward(second);
            awaitStored(run, first.size() + second.size());
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> committed(admin).equals(ends(admin)));
        }
        assertThat(stored(run)).as("every line stored once").isEqualTo(3500);
        // no line twice: the same marker always gives the same line
        assertThat(jdbc.sql("""
                        SELECT count(*) - count(DISTINCT raw) FROM monitoring.alert
                        WHERE organisation_code = :org AND raw LIKE :run""")
                        .param("org", COORDINATOR)
                        .param("run", marked(run))
                        .query(Long.class)
                        .single())
                .as("lines stored twice")
                .isZero();
    }

    @Test
    void aBatchThatFindsTheIntakeBusyIsQueuedInKafkaAndStoredFromThere() throws Exception {
        String token = issueToken(COORDINATOR);
        String run = "overflow-" + System.nanoTime();
        int slots = settings.intake().concurrency();
        CountDownLatch inside = new CountDownLatch(slots);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> holders = new ArrayList<>();
        for (int i = 0; i < slots; i++) { // senders whose bodies never end hold every slot
            Thread holder = new Thread(() -> intake.ingest(
                    new AlertIntake.Sender(COORDINATOR, null, false),
                    AlertFormat.GENERIC,
                    new AlertIntake.Body(new StalledBody(inside, release), false, -1)));
            holder.start();
            holders.add(holder);
        }
        try {
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
            List<String> markers = markers(run, 800);
            postAlerts(token, "generic", String.join("\n", lines(markers)))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.queued").value(800))
                    .andExpect(jsonPath("$.accepted").value(0));
        } finally {
            release.countDown();
            for (Thread holder : holders) {
                holder.join();
            }
        }
        awaitStored(run, 800);
        assertThat(stored(run)).isEqualTo(800);
    }

    @Test
    void syslogHeardIsWrittenToKafkaAndStoredFromThere() throws Exception {
        String run = "syslogkafka-" + System.nanoTime();
        var settings = LoopbackSyslog.settings(COORDINATOR);
        // what SyslogConfiguration builds with khien.monitoring.kafka.syslog=true
        SyslogServer server = new SyslogServer(
                settings, (organisation, lines) -> forwarder.forward(organisation, AlertFormat.SYSLOG, lines));
        server.start();
        try (DatagramSocket socket = new DatagramSocket()) {
            for (int i = 0; i < 50; i++) {
                byte[] message = ("<34>Oct 11 22:14:15 web01 sshd: " + run + "-" + i).getBytes(StandardCharsets.UTF_8);
                socket.send(new DatagramPacket(
                        message, message.length, InetAddress.getLoopbackAddress(), server.udpPort()));
            }
        } finally {
            Thread.sleep(500); // the queue's last batch
            server.stop();
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                        "SELECT count(*) FROM monitoring.alert WHERE organisation_code = :org AND raw LIKE :run")
                                .param("org", COORDINATOR)
                                .param("run", "%" + run + "-%")
                                .query(Long.class)
                                .single()
                        == 50);
    }

    /** A request body whose sender stalls until released; then it ends (no lines). */
    private static final class StalledBody extends InputStream {
        private final CountDownLatch inside;
        private final CountDownLatch release;
        private boolean counted;

        StalledBody(CountDownLatch inside, CountDownLatch release) {
            this.inside = inside;
            this.release = release;
        }

        @Override
        public int read() throws IOException {
            if (!counted) {
                counted = true;
                inside.countDown();
            }
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }
    }

    /**
     * Low alerts: the test database is shared with the browser journeys, whose alert console lists the
     * high ones first; thousands of high alerts without a system would push the demo's off its first page.
     */
    private static List<String> lines(List<String> markers) {
        List<String> lines = new ArrayList<>();
        for (String marker : markers) {
            lines.add("{\"rule\":{\"id\":\"KAFKA-1\",\"name\":\"kafka intake\"},\"severity\":\"low\","
                    + "\"srcIp\":\"198.51.100." + (Math.floorMod(marker.hashCode(), 250) + 1) + "\",\"marker\":\""
                    + marker + "\"}");
        }
        return lines;
    }

    private void forward(List<String> markers) {
        for (int from = 0; from < markers.size(); from += 500) {
            forwarder.forward(
                    COORDINATOR,
                    AlertFormat.GENERIC,
                    lines(markers.subList(from, Math.min(markers.size(), from + 500))));
        }
    }

    private static List<String> markers(String prefix, int count) {
        List<String> markers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            markers.add(prefix + "-" + i);
        }
        return markers;
    }

    private void awaitStored(String run, long expected) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> stored(run) >= expected);
    }

    private long stored(String run) {
        return jdbc.sql("""
                        SELECT count(*) FROM monitoring.alert
                        WHERE organisation_code = :org AND raw LIKE :run""")
                .param("org", COORDINATOR)
                .param("run", marked(run))
                .query(Long.class)
                .single();
    }

    /** The lines of one run (other tests file text lines under the same organisation). */
    private static String marked(String run) {
        return "%\"marker\":\"" + run + "-%";
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }

    private static Map<TopicPartition, Long> committed(Admin admin) throws Exception {
        return admin
                .listConsumerGroupOffsets(KafkaIntakeTest.GROUP)
                .partitionsToOffsetAndMetadata()
                .get()
                .entrySet()
                .stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static Map<TopicPartition, Long> ends(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        for (int p = 0; p < 2; p++) {
            latest.put(new TopicPartition(KafkaIntakeTest.TOPIC, p), OffsetSpec.latest());
        }
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .filter(e -> e.getValue().offset() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
