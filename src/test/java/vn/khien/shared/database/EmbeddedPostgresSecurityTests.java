package vn.khien.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL as another account on the same machine meets it: nobody gets in without the
 * password kept in the data directory, and the application's own role cannot reach beyond its schemas.
 * It is also created alike on every machine, whatever the language the machine runs in.
 */
class EmbeddedPostgresSecurityTests {

    private static final Log LOG = LogFactory.getLog(EmbeddedPostgresSecurityTests.class);

    @TempDir
    Path dataDir;

    @Test
    void refusesTheSuperuserWithoutPassword() throws Exception {
        EmbeddedPostgresServer server = start();
        try {
            assertThatThrownBy(() -> DriverManager.getConnection(withoutUser(server), "postgres", "")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(withoutUser(server), "postgres", "postgres")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.username(), "")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThat(Files.readAllLines(dataDir.resolve("postgres/pg_hba.conf")))
                    .noneMatch(line -> !line.startsWith("#") && line.contains("trust"));
            // the superuser is there for maintenance, with the password kept in the credentials file
            try (Connection superuser =
                            DriverManager.getConnection(withoutUser(server), "postgres", superuserPassword());
                    Statement sql = superuser.createStatement()) {
                assertThat(single(
                                sql,
                                "SELECT count(*) FROM pg_hba_file_rules"
                                        + " WHERE auth_method <> 'scram-sha-256' OR error IS NOT NULL"))
                        .isEqualTo("0");
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void isCreatedTheSameWhateverTheMachinesLanguageAndCachesTheConfiguredPages() throws Exception {
        EmbeddedPostgresServer server = start();
        try (Connection app = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                Statement sql = app.createStatement()) {
            assertThat(single(
                            sql,
                            "SELECT datlocprovider::text || ' ' || datlocale || ' ' || pg_encoding_to_char(encoding)"
                                    + " FROM pg_database WHERE datname = current_database()"))
                    .isEqualTo("b C.UTF-8 UTF8");
            // code-point order for codes, and upper/lower still know Vietnamese letters
            assertThat(single(sql, "SELECT upper('đường') || (CASE WHEN 'Z' < 'a' THEN ' bytes' END)"))
                    .isEqualTo("ĐƯỜNG bytes");
            assertThat(single(sql, "SHOW shared_buffers")).isEqualTo("512MB");
        } finally {
            server.stop();
        }
    }

    @Test
    void givesTheApplicationARoleThatCannotRunProgramsNorReadPasswords() throws Exception {
        EmbeddedPostgresServer server = start();
        try (Connection app = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                Statement sql = app.createStatement()) {
            assertThat(single(
                            sql,
                            "SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolreplication"
                                    + " OR rolbypassrls FROM pg_roles WHERE rolname = current_user"))
                    .isEqualTo("f");
            assertThat(single(
                            sql,
                            "SELECT count(*) FROM pg_roles r WHERE pg_has_role(current_user, r.oid, 'USAGE')"
                                    + " AND r.rolname IN ('pg_execute_server_program', 'pg_read_server_files',"
                                    + " 'pg_write_server_files', 'pg_read_all_data', 'pg_write_all_data')"))
                    .isEqualTo("0");
            assertThatThrownBy(() -> sql.execute("COPY (SELECT 1) TO PROGRAM 'id'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.executeQuery("SELECT rolpassword FROM pg_authid"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.executeQuery("SELECT pg_read_file('postgresql.conf')"))
                    .hasMessageContaining("permission denied");
            // what the application's migrations and jobs do still works: schemas, trusted extensions, COPY
            sql.execute("CREATE SCHEMA probe");
            sql.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public");
            sql.execute("CREATE TABLE probe.alert (day date NOT NULL) PARTITION BY RANGE (day)");
            sql.execute("CREATE TABLE probe.alert_20261201 PARTITION OF probe.alert"
                    + " FOR VALUES FROM ('2026-12-01') TO ('2026-12-02')");
            sql.execute("DROP TABLE probe.alert_20261201");
            sql.execute("CREATE TABLE public.probe (name text)");
        } finally {
            server.stop();
        }
    }

    @Test
    void keepsTheCredentialsReadableByTheirOwnerOnly() throws Exception {
        EmbeddedPostgresServer server = start();
        try {
            Path credentials = EmbeddedPostgresServer.credentialsFile(dataDir.resolve("postgres"));
            assertThat(credentials).exists();
            assertThat(Files.getPosixFilePermissions(credentials))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            assertThat(Files.readString(credentials)).contains(server.password());
        } finally {
            server.stop();
        }
        // a restart reads the same secrets: the server it initialised accepts them
        EmbeddedPostgresServer again = start();
        try (Connection app = DriverManager.getConnection(again.jdbcUrl(), again.username(), again.password())) {
            assertThat(app.isValid(5)).isTrue();
        } finally {
            again.stop();
        }
    }

    @Test
    void upgradesADataDirectoryThatTrustedEveryLocalConnectionAndKeepsItsData() throws Exception {
        Path pgData = dataDir.resolve("postgres");
        // what versions before this one left: initialised by zonky with "-A trust", everything owned by postgres
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setDataDirectory(pgData)
                        .setCleanDataDirectory(false)
                        .start();
                Connection c = old.getPostgresDatabase().getConnection();
                Statement sql = c.createStatement()) {
            sql.execute("CREATE SCHEMA agencies");
            sql.execute("CREATE TABLE agencies.agency (id bigint GENERATED ALWAYS AS IDENTITY, name text)");
            sql.execute("INSERT INTO agencies.agency (name) VALUES ('Sở Nội vụ')");
            sql.execute("CREATE VIEW agencies.agency_name AS SELECT name FROM agencies.agency");
            sql.execute("CREATE TABLE agencies.visit (id serial, day date NOT NULL) PARTITION BY RANGE (day)");
            sql.execute("CREATE TABLE agencies.visit_default PARTITION OF agencies.visit DEFAULT");
            sql.execute("INSERT INTO agencies.visit (day) VALUES ('2026-12-01')");
            sql.execute(
                    "CREATE FUNCTION public.shout(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT upper(t)'");
            sql.execute("CREATE TABLE public.flyway_schema_history (version text)");
            sql.execute("CREATE EXTENSION unaccent SCHEMA public");
        }

        EmbeddedPostgresServer server = start();
        try (Connection app = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                Statement sql = app.createStatement()) {
            assertThat(single(sql, "SELECT string_agg(name, ',') FROM agencies.agency_name"))
                    .isEqualTo("Sở Nội vụ");
            assertThat(single(sql, "SELECT public.shout(public.unaccent('Huế'))"))
                    .isEqualTo("HUE");
            sql.execute("INSERT INTO agencies.agency (name) VALUES ('Sở Y tế')");
            sql.execute("INSERT INTO agencies.visit (day) VALUES ('2026-12-02')");
            assertThat(single(sql, "SELECT max(id) FROM agencies.visit_default"))
                    .isEqualTo("2");
            sql.execute("CREATE TABLE agencies.visit_20261203 PARTITION OF agencies.visit"
                    + " FOR VALUES FROM ('2026-12-03') TO ('2026-12-04')");
            sql.execute("DROP TABLE agencies.visit_20261203");
            sql.execute("ALTER TABLE agencies.agency ADD COLUMN code text");
            sql.execute("CREATE TABLE agencies.unit (name text)");
            sql.execute("INSERT INTO public.flyway_schema_history VALUES ('2')");
            assertThat(single(sql, "SELECT current_user <> 'postgres'")).isEqualTo("t");
            assertThatThrownBy(() -> DriverManager.getConnection(withoutUser(server), "postgres", "")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThat(Files.readAllLines(pgData.resolve("pg_hba.conf")))
                    .noneMatch(line -> !line.startsWith("#") && line.contains("trust"));
        } finally {
            server.stop();
        }
    }

    private EmbeddedPostgresServer start() {
        return EmbeddedPostgresServer.start(
                dataDir.resolve("postgres"), false, EmbeddedPostgresServer.DEFAULT_SHARED_BUFFERS, LOG);
    }

    // the URL names the application's role, which would win over the user given beside it
    private static String withoutUser(EmbeddedPostgresServer server) {
        return server.jdbcUrl().replaceFirst("\\?.*", "");
    }

    private String superuserPassword() throws Exception {
        return PostgresCredentials.loadOrCreate(EmbeddedPostgresServer.credentialsFile(dataDir.resolve("postgres")))
                .superuserPassword();
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
