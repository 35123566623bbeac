package vn.khien.shared.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import vn.khien.shared.files.AllowedType;
import vn.khien.shared.files.FileStore;
import vn.khien.support.KhienIntegrationTest;

/**
 * Issue 22 item 8: the demo province backed up while running, restored into a new database on another
 * PostgreSQL server (as an external server is set up: an owner role, no superuser), compares equal:
 * every table's rows, every sequence's position, the audit chain's head and links, the files' hashes.
 */
@KhienIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRoundTripIntegrationTests {

    private static final String PASSWORD = "Sao-Luu-2026";

    @Autowired
    DataSource source;

    @Autowired
    FileStore fileStore;

    @Value("${khien.data-dir}")
    Path dataDir;

    @TempDir
    Path work;

    private EmbeddedPostgres other;

    @BeforeAll
    void startAnotherServer() throws Exception {
        other = EmbeddedPostgres.builder().start();
        try (var setup = other.getPostgresDatabase().getConnection()) {
            setup.createStatement().execute("CREATE USER khien_app PASSWORD '" + PASSWORD + "'");
            for (String database : new String[] {"restored", "newer", "command", "older", "upgraded"}) {
                setup.createStatement().execute("CREATE DATABASE " + database + " OWNER khien_app");
            }
        }
    }

    @AfterAll
    void stopIt() throws Exception {
        other.close();
    }

    @Test
    void theDemoProvinceRestoredIntoANewDatabaseHasTheSameRowsSequencesAuditChainAndFiles() throws Exception {
        fileStore.store(
                new ByteArrayInputStream("%PDF-1.4\n% sao lưu\n%%EOF\n".getBytes(StandardCharsets.UTF_8)),
                "bien-ban.pdf",
                Set.of(AllowedType.PDF),
                1_000_000);
        Path archive = work.resolve("khien.zip");
        BackupManifest manifest;
        try (Connection connection = source.getConnection();
                OutputStream out = Files.newOutputStream(archive)) {
            manifest = DatabaseBackup.write(connection, dataDir.resolve("files"), out, "test");
        }
        Path restoredFiles = work.resolve("files");
        DatabaseRestore.Result result;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            result = DatabaseRestore.restore(zip, target("restored"), restoredFiles);
        }
        JdbcClient restored = JdbcClient.create(target("restored"));
        JdbcClient original = JdbcClient.create(source);

        assertThat(manifest.tables())
                .extracting(BackupManifest.Table::name)
                .contains("audit_record", "agency")
                .doesNotContain("spring_session", "flyway_schema_history");
        for (BackupManifest.Table table : manifest.tables()) {
            if (!result.skipped().contains(table.schema() + "." + table.name())) {
                assertThat(restored.sql("SELECT count(*) FROM " + table.qualified())
                                .query(Long.class)
                                .single())
                        .as(table.qualified())
                        .isEqualTo(table.rows());
            }
        }
        assertThat(result.rows()).isPositive();
        for (BackupManifest.Sequence sequence : manifest.sequences()) {
            assertThat(restored.sql("SELECT last_value FROM " + Sql.quote(sequence.schema()) + "."
                                    + Sql.quote(sequence.name()))
                            .query(Long.class)
                            .single())
                    .isEqualTo(sequence.lastValue());
        }
        String head = "SELECT seq || ':' || hash FROM audit.audit_record WHERE seq <= :seq ORDER BY seq DESC LIMIT 1";
        long restoredHead = restored.sql("SELECT max(seq) FROM audit.audit_record")
                .query(Long.class)
                .single();
        assertThat(restored.sql(head)
                        .param("seq", restoredHead)
                        .query(String.class)
                        .single())
                .isEqualTo(original.sql(head)
                        .param("seq", restoredHead)
                        .query(String.class)
                        .single());
        assertThat(restored.sql("""
                        SELECT count(*) FROM (SELECT previous_hash, lag(hash) OVER (ORDER BY seq) AS prior
                                                FROM audit.audit_record) links
                         WHERE prior IS NOT NULL AND previous_hash <> prior""").query(Long.class).single()).isZero();
        assertThat(result.files()).isEqualTo(manifest.files().size()).isPositive();
        for (var file : manifest.files().entrySet()) {
            byte[] bytes = Files.readAllBytes(restoredFiles.resolve(file.getKey()));
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                    .isEqualTo(file.getValue())
                    .isEqualTo(Path.of(file.getKey()).getFileName().toString());
        }
        assertThatThrownBy(() -> {
                    try (ZipFile zip = new ZipFile(archive.toFile())) {
                        DatabaseRestore.restore(zip, target("restored"), work.resolve("again"));
                    }
                })
                .isInstanceOf(DatabaseRestore.RestoreRefused.class)
                .hasMessageContaining("already holds Khiên data");
    }

    @Test
    void theCommandsBackUpTheConfiguredDatabaseAndRestoreItIntoAnEmptyOneOnly(
            @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username}") String user,
            @Value("${spring.datasource.password}") String password)
            throws Exception {
        Path archive = work.resolve("command.zip");
        String[] configured = {"--khien.db.url=" + url, "--khien.db.user=" + user, "--khien.db.password=" + password};
        assertThat(BackupCommand.run(concat(new String[] {"backup", "--to", archive.toString()}, configured)))
                .isZero();
        String[] restore = {
            "restore",
            "--from",
            archive.toString(),
            "--khien.data-dir=" + work.resolve("command-data"),
            "--khien.db.url=" + other.getJdbcUrl("khien_app", "command"),
            "--khien.db.user=khien_app",
            "--khien.db.password=" + PASSWORD
        };
        assertThat(BackupCommand.run(restore)).isZero();
        String agencies = "SELECT count(*) FROM agencies.agency";
        assertThat(JdbcClient.create(target("command"))
                        .sql(agencies)
                        .query(Long.class)
                        .single())
                .isEqualTo(JdbcClient.create(source)
                        .sql(agencies)
                        .query(Long.class)
                        .single());
        assertThat(BackupCommand.run(restore))
                .as("a second restore into the same database")
                .isEqualTo(2);
        assertThat(BackupCommand.run(new String[] {"backup"})).isEqualTo(64);
        assertThat(archive.resolveSibling("command.zip.partial")).doesNotExist();
    }

    private static String[] concat(String[] first, String[] second) {
        String[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void aBackupFromAnOlderKhienIsBroughtUpToThisVersion() throws Exception {
        Flyway current = Flyway.configure()
                .dataSource(target("older"))
                .locations("classpath:db/migration")
                .load();
        var versions = java.util.Arrays.stream(current.info().all())
                .map(migration -> migration.getVersion())
                .filter(java.util.Objects::nonNull)
                .sorted()
                .toList();
        MigrationVersion previous = versions.get(versions.size() - 2);
        Flyway.configure()
                .configuration(current.getConfiguration())
                .target(previous)
                .load()
                .migrate();
        Path archive = work.resolve("older.zip");
        try (Connection connection = target("older").getConnection();
                OutputStream out = Files.newOutputStream(archive)) {
            assertThat(DatabaseBackup.write(connection, work.resolve("no-files"), out, "older")
                            .schemaVersion())
                    .isEqualTo(previous.getVersion());
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            DatabaseRestore.restore(zip, target("upgraded"), work.resolve("upgraded-files"));
        }
        try (Connection upgraded = target("upgraded").getConnection()) {
            assertThat(Sql.schemaVersion(upgraded))
                    .isEqualTo(versions.get(versions.size() - 1).getVersion());
        }
    }

    @Test
    void aBackupFromANewerSchemaIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path archive = work.resolve("newer.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write("""
                    {"format": 1, "createdAt": "2030-01-01T00:00:00Z", "khienVersion": "9", "schemaVersion": "2099.1.1.1",
                     "tables": [], "partitions": [], "sequences": [], "files": {}}""".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertThatThrownBy(() -> DatabaseRestore.restore(zip, target("newer"), work.resolve("newer-files")))
                    .isInstanceOf(DatabaseRestore.RestoreRefused.class)
                    .hasMessageContaining("2099.1.1.1");
        }
        assertThat(JdbcClient.create(target("newer"))
                        .sql("SELECT to_regclass('public.flyway_schema_history') IS NULL")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(work.resolve("newer-files")).doesNotExist();
    }

    private DataSource target(String database) {
        return new SimpleDriverDataSource(
                new org.postgresql.Driver(), other.getJdbcUrl("khien_app", database), "khien_app", PASSWORD);
    }
}
