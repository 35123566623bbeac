package vn.khien.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * One real PostgreSQL per JVM, shared by every Spring context started in it (the application, or
 * all test contexts). Persistent data lives in the data directory so it survives restarts; tests use
 * a temporary directory. Every connection needs a password; the application connects as its own
 * role, which is no superuser (see {@link ApplicationRole}), tests included.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgresServer running;

    private final EmbeddedPostgres postgres;
    private final PostgresCredentials credentials;
    private final Path temporary;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, PostgresCredentials credentials, Path temporary) {
        this.postgres = postgres;
        this.credentials = credentials;
        this.temporary = temporary;
    }

    static synchronized EmbeddedPostgresServer startOnce(
            Path dataDirectory, boolean ephemeral, String sharedBuffers, Log startLog) {
        if (running == null) {
            running = start(dataDirectory, ephemeral, sharedBuffers, startLog);
            // Stops after the last context has closed: a @Bean would stop before the event registry flushes.
            SpringApplication.getShutdownHandlers().add(running::stop);
        }
        return running;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(username(), "postgres");
    }

    String username() {
        return PostgresCredentials.APPLICATION_ROLE;
    }

    String password() {
        return credentials.applicationPassword();
    }

    /** Beside the data directory, not in it: initdb wants an empty directory. */
    static Path credentialsFile(Path dataDirectory) {
        return dataDirectory.resolveSibling("postgres-credentials");
    }

    /**
     * The server's page cache unless configured: PostgreSQL's own default (128 MB) is smaller than the
     * obligations of a national data set, and a full evaluation then writes half its new table out
     * while building it (twice as slow, and uneven from run to run).
     */
    static final String DEFAULT_SHARED_BUFFERS = "512MB";

    static EmbeddedPostgresServer start(Path dataDirectory, boolean ephemeral, String sharedBuffers, Log startLog) {
        try {
            Path temporary = ephemeral ? Files.createTempDirectory("khien-test-pg") : null;
            Path pgData = ephemeral ? temporary.resolve("postgres") : dataDirectory;
            Files.createDirectories(pgData.getParent());
            if (!ephemeral) {
                new OrphanedPostgres(pgData, startLog).stopIfRunning();
            }
            boolean initialised = Files.exists(pgData.resolve("postgresql.conf"));
            boolean trusting = HostBasedAuthentication.trustsSomeone(pgData);
            Path credentialsFile = credentialsFile(pgData);
            if (initialised && !trusting && !Files.exists(credentialsFile)) {
                throw new IllegalStateException(pgData + " asks for passwords but " + credentialsFile
                        + " is missing: restore it from the backup of the data directory");
            }
            boolean created = !Files.exists(credentialsFile);
            PostgresCredentials credentials = PostgresCredentials.loadOrCreate(credentialsFile);
            if (created && !ephemeral) {
                startLog.info("Passwords of the embedded PostgreSQL generated in " + credentialsFile + " (mode 0600)");
            }
            EmbeddedPostgres postgres = startServer(pgData, ephemeral, trusting, credentials, sharedBuffers);
            try {
                prepare(postgres, pgData, trusting, credentials, startLog);
            } catch (SQLException | RuntimeException e) {
                postgres.close();
                throw e;
            }
            return new EmbeddedPostgresServer(postgres, credentials, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** The start-up work of the superuser; an older data directory that trusted everyone is upgraded here. */
    private static void prepare(
            EmbeddedPostgres postgres, Path pgData, boolean trusting, PostgresCredentials credentials, Log startLog)
            throws SQLException {
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
                Statement sql = superuser.createStatement()) {
            if (trusting) {
                ApplicationRole.setPassword(superuser, PostgresCredentials.SUPERUSER, credentials.superuserPassword());
            }
            int handedOver = ApplicationRole.prepare(superuser, credentials);
            if (trusting) {
                HostBasedAuthentication.requirePasswords(pgData);
                sql.execute("SELECT pg_reload_conf()");
                startLog.warn("Upgraded the embedded PostgreSQL in " + pgData + ", which trusted every local"
                        + " connection: every connection now needs a password (" + credentialsFile(pgData)
                        + "), and the application connects as role " + PostgresCredentials.APPLICATION_ROLE
                        + ", no superuser, which now owns the " + handedOver + " objects the superuser owned");
            }
        }
    }

    private static EmbeddedPostgres startServer(
            Path pgData, boolean ephemeral, boolean trusting, PostgresCredentials credentials, String sharedBuffers)
            throws IOException {
        // zonky's own JVM hook would stop the server while contexts are still closing: ours runs after them
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(false)
                .setDataDirectory(pgData)
                .setCleanDataDirectory(ephemeral)
                .setConnectConfig("password", credentials.superuserPassword())
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", sharedBuffers);
        if (!ephemeral) {
            // zonky turns durability off for speed; the application's own data must survive a crash
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        Path passwordFile = pgData.resolveSibling("postgres-initdb-password");
        // runs after initdb, before the server starts
        builder.setDataDirectoryCustomizer(dir -> {
            deletePasswordFile(passwordFile);
            if (!trusting) {
                // an older data directory is upgraded once started (see start); any other never trusts anyone
                HostBasedAuthentication.requirePasswords(dir.toPath());
            }
        });
        try {
            if (ephemeral || !Files.exists(pgData.resolve("postgresql.conf"))) {
                credentials.writeSuperuserPasswordFile(passwordFile);
                // zonky writes its initdb options as --key=value after its own "-A trust", and the last one wins
                builder.setLocaleConfig("auth", "scram-sha-256")
                        .setLocaleConfig("pwfile", passwordFile.toString())
                        // the same on every machine whatever its LANG: UTF-8, code-point order compared as bytes
                        // (codes sort and index fast; names carry the Vietnamese collation on their columns)
                        .setLocaleConfig("encoding", "UTF8")
                        .setLocaleConfig("locale-provider", "builtin")
                        .setLocaleConfig("builtin-locale", "C.UTF-8");
            }
            return builder.start();
        } finally {
            deletePasswordFile(passwordFile);
        }
    }

    private static void deletePasswordFile(Path passwordFile) {
        try {
            Files.deleteIfExists(passwordFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void stop() {
        try {
            postgres.close();
            if (temporary != null) {
                FileSystemUtils.deleteRecursively(temporary);
            }
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
