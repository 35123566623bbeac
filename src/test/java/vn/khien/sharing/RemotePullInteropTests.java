package vn.khien.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.khien.sharing.application.RemoteCollections;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/**
 * Khiên's TAXII client against the OASIS reference server {@code medallion} (memory backend, a data file
 * this test writes) on loopback: paging with {@code next}, a second version replacing the first, a
 * persisted cursor that continues after a restart without duplicates.
 */
@KhienIntegrationTest
class RemotePullInteropTests extends SharingTestSupport {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String COLLECTION = "6a9d5c2e-1111-4222-8333-944455556666";

    @Autowired
    RemoteCollections remotes;

    @TempDir
    Path work;

    private Process medallion;

    @AfterEach
    void stopMedallion() {
        if (medallion != null) {
            medallion.destroy();
        }
    }

    @Test
    void pullsAllPagesKeepsVersionsAndContinuesFromItsCursorWithoutDuplicates() throws Exception {
        int port = start(7);
        UUID into = inbound();
        SignedIn.inSecurityContext(users, "dieuphoi");
        UUID source;
        try {
            source = remotes.configure(
                    "http://127.0.0.1:" + port + "/api1/collections/" + COLLECTION + "/", "admin", "Password0", into);
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThat(jdbc.sql("SELECT password FROM sharing.remote_source WHERE id = ?")
                        .param(source)
                        .query(String.class)
                        .single())
                .as("the remote's password, encrypted at rest")
                .startsWith("aesgcm:v1:")
                .doesNotContain("Password0");
        var first = remotes.poll(source, 3);
        assertThat(first.error()).isNull();
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.stored()).isEqualTo(8);
        assertThat(count(into, "true")).isEqualTo(8);
        assertThat(count(into, "latest")).isEqualTo(7);
        assertThat(jdbc.sql("SELECT body ->> 'pattern' FROM sharing.stix_object WHERE collection_id = ? AND latest"
                                + " AND stix_id = (SELECT min(stix_id) FROM sharing.stix_object WHERE collection_id = ?"
                                + " GROUP BY stix_id HAVING count(*) = 2)")
                        .param(into)
                        .param(into)
                        .query(String.class)
                        .single())
                .isEqualTo("[ipv4-addr:value = '192.0.2.100']");

        var again = remotes.poll(source, 3);
        assertThat(again.stored()).isZero();

        post(port, 2);
        var resumed = remotes.poll(source, 1);
        assertThat(resumed.error()).isNull();
        assertThat(resumed.stored()).isEqualTo(2);
        assertThat(count(into, "true")).isEqualTo(10);
    }

    @Test
    void anUnreachableRemoteIsRecordedAndStoresNothing() throws Exception {
        UUID into = inbound();
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        SignedIn.inSecurityContext(users, "dieuphoi");
        UUID source;
        try {
            source = remotes.configure("http://127.0.0.1:" + closed + "/api1/collections/x/", null, null, into);
        } finally {
            SecurityContextHolder.clearContext();
        }
        var polled = remotes.poll(source, 10);
        assertThat(polled.error()).startsWith("unreachable");
        assertThat(count(into, "true")).isZero();
    }

    private UUID inbound() {
        SignedIn.inSecurityContext(users, "dieuphoi");
        try {
            return collections.open("national", "Pulled " + UUID.randomUUID(), null, "INBOUND");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int count(UUID collection, String condition) {
        return jdbc.sql("SELECT count(*) FROM sharing.stix_object WHERE collection_id = ? AND " + condition)
                .param(collection)
                .query(Integer.class)
                .single();
    }

    /** medallion with {@code n} indicators, the first in two versions, on a free loopback port. */
    private int start(int n) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 is absent: skipped");
        Path library = Interop.interop("python").toAbsolutePath().normalize();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ArrayNode objects = Interop.JSON.createArrayNode();
        ArrayNode manifest = Interop.JSON.createArrayNode();
        String firstId = null;
        for (int i = 0; i < n; i++) {
            String id = "indicator--" + UUID.randomUUID();
            firstId = firstId == null ? id : firstId;
            add(objects, manifest, id, i, "2026-11-01T00:00:00.000Z", "2026-11-01T00:00:0" + i + ".000000Z");
        }
        ObjectNode second =
                add(objects, manifest, firstId, 100, "2026-11-02T00:00:00.000Z", "2026-11-01T00:00:09.000000Z");
        second.put("created", "2026-11-01T00:00:00.000Z");
        ObjectNode data = Interop.JSON.createObjectNode();
        data.putObject("/discovery")
                .put("title", "medallion")
                .putArray("api_roots")
                .add("http://127.0.0.1:" + port + "/api1/");
        ObjectNode root = data.putObject("api1");
        root.putObject("information")
                .put("title", "api1")
                .put("max_content_length", 9765625)
                .putArray("versions")
                .add("application/taxii+json;version=2.1");
        root.putArray("status");
        ObjectNode collection = root.putArray("collections").addObject();
        collection
                .put("id", COLLECTION)
                .put("title", "indicators")
                .put("can_read", true)
                .put("can_write", true);
        collection.putArray("media_types").add("application/stix+json;version=2.1");
        collection.set("objects", objects);
        collection.set("manifest", manifest);
        Path dataFile = work.resolve("data.json");
        Files.writeString(dataFile, Interop.JSON.writeValueAsString(data));
        Path config = work.resolve("config.json");
        Files.writeString(config, """
                {"backend": {"module_class": "MemoryBackend", "filename": "%s"},
                 "users": {"admin": "Password0"}, "taxii": {"max_page_size": 100}}""".formatted(dataFile.toAbsolutePath()));
        ProcessBuilder builder = new ProcessBuilder(
                        PYTHON.toString(),
                        "-m",
                        "medallion.scripts.run",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        Integer.toString(port),
                        "--conf-file",
                        config.toString(),
                        "--no-conf-dir")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("medallion.log").toFile());
        builder.environment().put("PYTHONPATH", library.toString());
        medallion = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                var response = http.send(
                        authorised(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/taxii2/")))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() < 500) {
                    return port;
                }
            } catch (java.io.IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("medallion did not start: " + Files.readString(work.resolve("medallion.log")));
    }

    private static ObjectNode add(
            ArrayNode objects, ArrayNode manifest, String id, int n, String modified, String dateAdded) {
        ObjectNode object = objects.addObject();
        object.put("type", "indicator").put("spec_version", "2.1").put("id", id);
        object.put("created", "2026-11-01T00:00:00.000Z").put("modified", modified);
        object.put("pattern", "[ipv4-addr:value = '192.0.2." + n + "']").put("pattern_type", "stix");
        object.put("valid_from", "2026-11-01T00:00:00.000Z");
        manifest.addObject()
                .put("id", id)
                .put("date_added", dateAdded)
                .put("version", modified)
                .put("media_type", "application/stix+json;version=2.1");
        return object;
    }

    private void post(int port, int n) throws Exception {
        List<String> objects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            objects.add(TaxiiServerIntegrationTests.indicator(
                    "indicator--" + UUID.randomUUID(), "2026-11-05T00:00:00.000Z"));
        }
        var response = HttpClient.newHttpClient()
                .send(
                        authorised(HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/api1/collections/" + COLLECTION + "/objects/")))
                                .header("Content-Type", TAXII)
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"objects\":[" + String.join(",", objects) + "]}"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder builder) {
        return builder.header("Accept", TAXII)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("admin:Password0".getBytes(StandardCharsets.UTF_8)));
    }
}
