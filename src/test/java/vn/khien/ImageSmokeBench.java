package vn.khien;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test (its name keeps it out of the build): bench/cluster/image-smoke.sh runs it after
 * {@code jib:buildTar}. It unpacks the image's layers as a container runtime would, and starts the
 * image's entry point (its classpath file, its environment, its working directory) with this JVM's Java
 * in place of the base image's, against an external PostgreSQL given by {@code KHIEN_DB_URL}; the
 * node must become ready. It checks what Jib adds (application, libraries, resources, settings); the
 * base image's Java is the registry's.
 */
class ImageSmokeBench {

    private static final Pattern LAYER = Pattern.compile("\"([0-9a-f]{64}\\.tar\\.gz)\"");

    @TempDir
    Path root;

    @Test
    void theImageStartsOnTheDatabaseItIsGiven() throws Exception {
        Path image = Path.of("target/khien-image.tar");
        assertThat(image).as("run ./mvnw jib:buildTar first").exists();
        for (String layer : layers(image)) {
            run(List.of("tar", "xf", image.toAbsolutePath().toString(), layer), root);
            run(List.of("tar", "xzf", layer), root);
        }
        String classpath = Files.readString(root.resolve("app/jib-classpath-file"))
                .trim()
                .replace("/app/", root.resolve("app") + "/");
        Path data = root.resolve("var/lib/khien");
        assertThat(data).isDirectory();
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            try (Connection setup = database.getPostgresDatabase().getConnection()) {
                setup.createStatement().execute("CREATE USER khien_image PASSWORD 'Anh-Chay-2026'");
                setup.createStatement().execute("CREATE DATABASE khien OWNER khien_image");
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ProcessBuilder node = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-XX:MaxRAMPercentage=75",
                            "-cp",
                            classpath,
                            "vn.khien.KhienApplication")
                    .directory(data.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(root.resolve("khien.log").toFile());
            node.environment().clear();
            node.environment()
                    .putAll(java.util.Map.of(
                            "KHIEN_DATA_DIR", data.toString(),
                            "KHIEN_DEMO", "false",
                            "KHIEN_DB_URL", database.getJdbcUrl("khien_image", "khien"),
                            "KHIEN_DB_USER", "khien_image",
                            "KHIEN_DB_PASSWORD", "Anh-Chay-2026",
                            "KHIEN_ADMIN_PASSWORD", "Bao-Ve-Tinh-2026",
                            "PORT", Integer.toString(port)));
            Instant started = Instant.now();
            Process process = node.start();
            try {
                int readiness = await(port, "/actuator/health/readiness", process);
                System.out.printf(
                        "image smoke: ready on KHIEN_DB_URL in %d s%n",
                        Duration.between(started, Instant.now()).toSeconds());
                assertThat(readiness).isEqualTo(200);
                assertThat(status(port, "/actuator/health/liveness")).isEqualTo(200);
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
    }

    private static List<String> layers(Path image) throws Exception {
        Process manifest = new ProcessBuilder("tar", "xOf", image.toString(), "manifest.json").start();
        String json = new String(manifest.getInputStream().readAllBytes());
        manifest.waitFor();
        List<String> layers = new ArrayList<>();
        Matcher m = LAYER.matcher(json);
        while (m.find()) {
            layers.add(m.group(1));
        }
        assertThat(layers).isNotEmpty();
        return layers;
    }

    private static void run(List<String> command, Path directory) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .inheritIO()
                .start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }

    private int await(int port, String path, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                int status = status(port, path);
                if (status == 200) {
                    return status;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready: " + Files.readString(root.resolve("khien.log")));
    }

    private static int status(int port, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
