package vn.khien.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test (issue 7): alerts posted at load from a few senders, the server {@code kill -9}ed mid-load,
 * restarted on the same data directory; every alert answered 2xx is stored, and none twice. The server
 * runs as its own JVM ({@link KhienProcess}), so the kill is a real one and its PostgreSQL outlives it.
 */
class AlertIntakeCrashTests {

    private static final int SENDERS = 3;
    private static final int BATCH = 1000;
    private static final String ORGANISATION = "H57.97";

    @TempDir
    Path dataDirectory;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private KhienProcess server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
    void everyAcknowledgedAlertSurvivesAKillAndIsStoredOnce() throws Exception {
        server = KhienProcess.start(dataDirectory);
        String token = new NodeClient().issueToken(server, ORGANISATION, "Sở Thử nghiệm", "crash");
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> senders = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            int sender = s;
            Thread thread = new Thread(() -> send(token, sender, acknowledged, stop), "crash-sender-" + s);
            thread.start();
            senders.add(thread);
        }
        while (acknowledged.size() < 4 * BATCH) {
            Thread.sleep(50);
        }
        Thread.sleep(500); // batches are in flight now
        server.kill();
        stop.set(true);
        for (Thread t : senders) {
            t.join();
        }

        server = KhienProcess.restart(server);

        try (Connection db = server.connect()) {
            assertThat(NodeClient.stored(db, ORGANISATION, acknowledged)).isEqualTo(acknowledged.size());
            try (ResultSet twice = db.createStatement()
                    .executeQuery("SELECT count(*) - count(DISTINCT CAST(raw AS json)->>'marker') FROM monitoring.alert"
                            + " WHERE organisation_code = '" + ORGANISATION + "'")) {
                twice.next();
                assertThat(twice.getLong(1)).as("alerts stored twice").isZero();
            }
        }
        // a sender that resends what was acknowledged is told they are duplicates
        HttpResponse<String> resend = post(token, lines("resend", acknowledged.subList(0, BATCH)));
        assertThat(resend.statusCode()).isEqualTo(200);
        assertThat(resend.body()).contains("\"accepted\":0").contains("\"duplicates\":" + BATCH);
    }

    private void send(String token, int sender, List<String> acknowledged, AtomicBoolean stop) {
        for (int batch = 0; !stop.get(); batch++) {
            List<String> markers = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                markers.add(sender + "-" + batch + "-" + i);
            }
            try {
                if (post(token, lines("load", markers)).statusCode() / 100 == 2) {
                    acknowledged.addAll(markers);
                }
            } catch (Exception killed) {
                return; // no answer: this batch is not acknowledged
            }
        }
    }

    /** One generic JSON alert per marker; the same marker gives the same line, so a resend is a duplicate. */
    private static String lines(String kind, List<String> markers) {
        StringBuilder body = new StringBuilder(markers.size() * 160);
        for (String marker : markers) {
            body.append("{\"rule\":{\"id\":\"CRASH-1\",\"name\":\"crash test\"},\"severity\":\"high\",")
                    .append("\"srcIp\":\"192.0.2.")
                    .append(Math.floorMod(marker.hashCode(), 250) + 1)
                    .append("\",\"marker\":\"")
                    .append(marker)
                    .append("\"}\n");
        }
        return body.toString();
    }

    private HttpResponse<String> post(String token, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.uri("/api/v1/alerts?format=generic"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
