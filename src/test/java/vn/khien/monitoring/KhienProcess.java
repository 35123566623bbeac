package vn.khien.monitoring;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Khiên as a separate JVM on a data directory (embedded PostgreSQL) and a free port, started from the
 * test classpath, for tests that must kill the server for real. Its PostgreSQL is a process of its own:
 * it survives a kill, and the next start on the same directory stops it (shared OrphanedPostgres).
 */
final class KhienProcess {

    static final String ADMIN = "quantri";
    static final String PASSWORD = "Bao-Ve-Tinh-2026";

    /** The first administrator's API token (KHIEN_ADMIN_TOKEN): its password alone does not open the API. */
    static final String TOKEN = "khien-test-node-admin-token-0123456789abcdef";

    private static final Duration START = Duration.ofMinutes(3);

    private final Path dataDirectory;
    private final int port;
    private final Process process;

    private KhienProcess(Path dataDirectory, int port, Process process) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.process = process;
    }

    static KhienProcess start(Path dataDirectory) throws Exception {
        return launch(dataDirectory, freePort(), java.util.Map.of());
    }

    /** The same data directory and port, after {@link #kill()}. */
    static KhienProcess restart(KhienProcess killed) throws Exception {
        return launch(killed.dataDirectory, killed.port, java.util.Map.of());
    }

    /** A node with more environment (an external database: {@code KHIEN_DB_URL}, …), not yet answering. */
    static KhienProcess launchWith(Path dataDirectory, java.util.Map<String, String> environment) throws Exception {
        return spawn(dataDirectory, freePort(), environment);
    }

    private static KhienProcess launch(Path dataDirectory, int port, java.util.Map<String, String> environment)
            throws Exception {
        KhienProcess server = spawn(dataDirectory, port, environment);
        server.awaitHealthy();
        return server;
    }

    private static KhienProcess spawn(Path dataDirectory, int port, java.util.Map<String, String> environment)
            throws Exception {
        Path log = dataDirectory.resolve("khien.log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1", // starts sooner on a busy machine; the test is not about speed
                        "-cp",
                        System.getProperty("java.class.path"),
                        "vn.khien.KhienApplication")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment()
                .putAll(java.util.Map.of(
                        "KHIEN_DATA_DIR",
                        dataDirectory.toString(),
                        "PORT",
                        Integer.toString(port),
                        "KHIEN_DEMO",
                        "false",
                        "KHIEN_ADMIN_USERNAME",
                        ADMIN,
                        "KHIEN_ADMIN_PASSWORD",
                        PASSWORD,
                        "KHIEN_ADMIN_TOKEN",
                        TOKEN));
        builder.environment().putAll(environment);
        return new KhienProcess(dataDirectory, port, builder.start());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    String jdbcUrl() throws IOException {
        List<String> pid = Files.readAllLines(dataDirectory.resolve("postgres/postmaster.pid"));
        return "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres";
    }

    /** The application's role and its password, from the credentials file beside the PostgreSQL data. */
    Connection connect() throws IOException, SQLException {
        String user = "khien";
        String password = Files.readAllLines(dataDirectory.resolve("postgres-credentials")).stream()
                .filter(line -> line.startsWith("*:*:*:" + user + ":"))
                .map(line -> line.substring(("*:*:*:" + user + ":").length()))
                .findFirst()
                .orElseThrow();
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    /** {@code kill -9}: no shutdown hook runs, the embedded PostgreSQL is left running. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A normal stop; also stops a PostgreSQL left behind when the test failed between a kill and a restart. */
    void stop() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        postgres().ifPresent(pg -> {
            pg.destroy(); // SIGTERM: PostgreSQL's smart shutdown, its clients are gone
            pg.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        });
    }

    private Optional<ProcessHandle> postgres() throws IOException {
        Path pid = dataDirectory.resolve("postgres/postmaster.pid");
        if (!Files.isRegularFile(pid)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).trim()))
                .filter(ProcessHandle::isAlive);
    }

    /** Waits until the node answers its health check (up to three minutes). */
    void awaitHealthy() throws Exception {
        Path log = dataDirectory.resolve("khien.log");
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Khiên did not start:\n" + tail(log));
            }
            try {
                HttpURLConnection c =
                        (HttpURLConnection) uri("/actuator/health").toURL().openConnection();
                c.setConnectTimeout(1000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("Khiên not healthy after " + START + ":\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
