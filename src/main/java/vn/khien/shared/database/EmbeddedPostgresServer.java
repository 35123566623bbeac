package vn.khien.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * One real PostgreSQL per JVM, shared by every Spring context started in it (the application, or
 * all test contexts). Persistent data lives in the data directory so it survives restarts; tests use
 * a temporary directory.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgresServer running;

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static synchronized EmbeddedPostgresServer startOnce(Path dataDirectory, boolean ephemeral, Log startLog) {
        if (running == null) {
            running = start(dataDirectory, ephemeral, startLog);
            // Stops after the last context has closed: a @Bean would stop before the event registry flushes.
            SpringApplication.getShutdownHandlers().add(running::stop);
        }
        return running;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, boolean ephemeral, Log startLog) {
        try {
            // zonky's own JVM hook would stop the server while contexts are still closing: ours runs after them
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false);
            if (ephemeral) {
                builder.setDataDirectory(Files.createTempDirectory("khien-test-pg"))
                        .setCleanDataDirectory(true);
            } else {
                Files.createDirectories(dataDirectory.getParent());
                new OrphanedPostgres(dataDirectory, startLog).stopIfRunning();
                // zonky turns durability off for speed; the application's own data must survive a crash
                builder.setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            builder.setServerConfig("max_connections", "200");
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private synchronized void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
