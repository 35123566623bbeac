package vn.khien.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.khien.support.Authenticators;

/**
 * Issue 23 item 5, the light version that runs in the build: two Khiên JVMs on one external PostgreSQL
 * (started separately, as ExternalDatabaseIntegrationTests does). A session signed in on one node is
 * served by the other; under alert load sent to both, one node is {@code kill -9}ed; the session goes on
 * on the survivor, and every alert either node acknowledged is stored exactly once. bench/cluster/run.sh
 * runs it with more load and keeps the raw output.
 */
class TwoNodeClusterTests {

    private static final String ORGANISATION = "H57.98";
    private static final String DB_PASSWORD = "Hai-Nut-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern ENROL_SECRET = Pattern.compile("id=\"enrol-secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final int SENDERS = Integer.getInteger("khien.cluster.senders", 2);
    private static final int BATCH = Integer.getInteger("khien.cluster.batch", 500);
    private static final int BEFORE_KILL = Integer.getInteger("khien.cluster.before-kill", 4000);

    @TempDir
    Path work;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void aSessionAndEveryAcknowledgedAlertOutliveTheNodeThatServedThem() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            try (Connection setup = database.getPostgresDatabase().getConnection()) {
                setup.createStatement().execute("CREATE USER khien_app PASSWORD '" + DB_PASSWORD + "'");
                setup.createStatement().execute("CREATE DATABASE khien OWNER khien_app");
            }
            String url = database.getJdbcUrl("khien_app", "khien");
            Map<String, String> shared =
                    Map.of("KHIEN_DB_URL", url, "KHIEN_DB_USER", "khien_app", "KHIEN_DB_PASSWORD", DB_PASSWORD);
            KhienProcess a = node("a", shared);
            KhienProcess b = node("b", shared);
            try {
                a.awaitHealthy();
                b.awaitHealthy();
                String token = new NodeClient().issueToken(a, ORGANISATION, "Sở Hai Nút", "cluster");

                String session = signIn(a);
                assertThat(me(b, session))
                        .as("the session signed in on node a, asked of node b")
                        .isEqualTo(200);

                long started = System.nanoTime();
                List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> senders = new ArrayList<>();
                for (int s = 0; s < SENDERS; s++) {
                    int sender = s;
                    Thread thread = new Thread(() -> send(List.of(a, b), token, sender, acknowledged, stop));
                    thread.start();
                    senders.add(thread);
                }
                while (acknowledged.size() < BEFORE_KILL) {
                    Thread.sleep(50);
                }
                a.kill();
                int atKill = acknowledged.size();
                Thread.sleep(3000); // node b alone goes on taking alerts
                stop.set(true);
                for (Thread t : senders) {
                    t.join();
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(
                        "two-node run: %d alerts acknowledged in %.1f s (%.0f/s over both nodes and the kill),"
                                + " %d before the kill%n",
                        acknowledged.size(), seconds, acknowledged.size() / seconds, atKill);

                assertThat(acknowledged.size())
                        .as("node b took alerts after the kill")
                        .isGreaterThan(atKill);
                assertThat(me(b, session)).as("the session goes on on node b").isEqualTo(200);
                try (Connection db = database.getDatabase("khien_app", "khien").getConnection()) {
                    assertThat(NodeClient.stored(db, ORGANISATION, acknowledged))
                            .isEqualTo(acknowledged.size());
                    assertThat(twice(db)).as("alerts stored twice").isZero();
                }
            } finally {
                a.stop();
                b.stop();
            }
        }
    }

    private KhienProcess node(String name, Map<String, String> environment) throws Exception {
        Path directory = Files.createDirectories(work.resolve(name));
        return KhienProcess.launchWith(directory, environment);
    }

    /** Batches to the nodes in turn, as a load balancer would; a batch without a 2xx is not acknowledged. */
    private void send(
            List<KhienProcess> nodes, String token, int sender, List<String> acknowledged, AtomicBoolean stop) {
        for (int batch = 0; !stop.get(); batch++) {
            List<String> markers = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                markers.add(sender + "-" + batch + "-" + i);
            }
            KhienProcess node = nodes.get((batch + sender) % nodes.size());
            try {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(node.uri("/api/v1/alerts?format=generic"))
                                .timeout(Duration.ofSeconds(60))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/x-ndjson")
                                .POST(HttpRequest.BodyPublishers.ofString(lines(markers)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() / 100 == 2) {
                    acknowledged.addAll(markers);
                }
            } catch (Exception deadNode) {
                // no answer: not acknowledged; the next batch goes to the other node
            }
        }
    }

    private static String lines(List<String> markers) {
        StringBuilder body = new StringBuilder(markers.size() * 160);
        for (String marker : markers) {
            body.append("{\"rule\":{\"id\":\"CLUSTER-1\",\"name\":\"two nodes\"},\"severity\":\"high\",")
                    .append("\"srcIp\":\"203.0.113.")
                    .append(Math.floorMod(marker.hashCode(), 250) + 1)
                    .append("\",\"marker\":\"")
                    .append(marker)
                    .append("\"}\n");
        }
        return body.toString();
    }

    /** A browser's form sign-in: the login page's CSRF token and cookie, then the new session's cookie. */
    private String signIn(KhienProcess node) throws Exception {
        HttpResponse<String> page =
                http.send(HttpRequest.newBuilder(node.uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("CSRF field on the login page").isTrue();
        String form = "username=" + KhienProcess.ADMIN + "&password="
                + URLEncoder.encode(KhienProcess.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(node.uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "JSESSIONID=" + cookie(page))
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        return enrolSecondFactor(node, cookie(signedIn));
    }

    /** The administrator must enrol a second factor before anything else works: as a person does, with a code. */
    private String enrolSecondFactor(KhienProcess node, String session) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(node.uri("/account/second-factor"))
                        .header("Cookie", "JSESSIONID=" + session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher secret = ENROL_SECRET.matcher(page.body());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(secret.find() && csrf.find())
                .as("the enrolment page's secret and form")
                .isTrue();
        Authenticators.learn("cluster-" + KhienProcess.ADMIN, secret.group(1));
        String form = "code=" + Authenticators.nextCode("cluster-" + KhienProcess.ADMIN) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> enrolled = http.send(
                HttpRequest.newBuilder(node.uri("/account/second-factor/confirm"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "JSESSIONID=" + session)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(enrolled.statusCode()).as("second factor enrolled").isIn(200, 302, 303);
        return enrolled.headers().allValues("Set-Cookie").stream()
                        .anyMatch(c -> SESSION.matcher(c).find())
                ? cookie(enrolled)
                : session;
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private int me(KhienProcess node, String session) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(node.uri("/api/v1/me"))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static long twice(Connection db) throws Exception {
        try (ResultSet rs = db.createStatement()
                .executeQuery("SELECT count(*) - count(DISTINCT raw) FROM monitoring.alert WHERE organisation_code = '"
                        + ORGANISATION + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
