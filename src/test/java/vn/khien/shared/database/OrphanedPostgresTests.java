package vn.khien.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The situation after a {@code kill -9} of the JVM: a PostgreSQL still runs on our data directory.
 * The next start must stop it and reuse the data, not connect to the stale server.
 */
class OrphanedPostgresTests {

    private static final Log LOG = LogFactory.getLog(OrphanedPostgresTests.class);

    @TempDir
    Path dataDirectory;

    @Test
    void stopsAServerLeftOnTheDataDirectoryAndKeepsItsData() throws Exception {
        EmbeddedPostgres left = start();
        try (Connection c = left.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE TABLE survivor (name text); INSERT INTO survivor VALUES ('Huế')");
        }
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .trim());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);

        new OrphanedPostgres(dataDirectory, LOG).stopIfRunning();

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
        try {
            left.close();
        } catch (Exception alreadyStopped) {
            // the server is gone; zonky's own stop has nothing left to do
        }

        try (EmbeddedPostgres restarted = start();
                Connection c = restarted.getPostgresDatabase().getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT name FROM survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Huế");
        }
    }

    @Test
    void removesAStalePidFileThatNoProcessHolds() throws Exception {
        Files.writeString(dataDirectory.resolve("postmaster.pid"), "999999999\n" + dataDirectory + "\n");
        new OrphanedPostgres(dataDirectory, LOG).stopIfRunning();
        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void leavesADirectoryWithoutPidFileAlone() throws Exception {
        new OrphanedPostgres(dataDirectory, LOG).stopIfRunning();
        assertThat(dataDirectory).isEmptyDirectory();
    }

    private EmbeddedPostgres start() throws Exception {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
    }
}
