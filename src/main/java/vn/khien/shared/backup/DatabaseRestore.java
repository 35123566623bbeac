package vn.khien.shared.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;

/**
 * Loads a backup into a new, empty database: the schema is built by the migrations up to the backup's
 * version, the rows go in parents first, sequences continue where they stood, then the migrations
 * written since bring the data up to this version of Khiên. A backup from a newer Khiên is refused
 * before anything is written, as is a database that already holds Khiên data.
 */
final class DatabaseRestore {

    /** What was restored; tables the target does not have (sessions, event log) are named, not loaded. */
    record Result(String schemaVersion, long rows, int files, List<String> skipped) {}

    private DatabaseRestore() {}

    static Result restore(ZipFile zip, DataSource target, Path files) throws SQLException, IOException {
        BackupManifest manifest = manifest(zip);
        Flyway flyway = Flyway.configure()
                .dataSource(target)
                .locations("classpath:db/migration")
                .load();
        MigrationVersion latest = latest(flyway);
        if (MigrationVersion.fromVersion(manifest.schemaVersion()).compareTo(latest) > 0) {
            throw new RestoreRefused("the backup's schema " + manifest.schemaVersion() + " is newer than this Khiên's "
                    + latest + ": restore it with the Khiên that wrote it");
        }
        try (Connection connection = target.getConnection()) {
            if (Sql.schemaVersion(connection) != null) {
                throw new RestoreRefused("the target database already holds Khiên data: restore needs a new one");
            }
        }
        Flyway.configure()
                .configuration(flyway.getConfiguration())
                .target(MigrationVersion.fromVersion(manifest.schemaVersion()))
                .load()
                .migrate();
        long rows;
        List<String> skipped = new ArrayList<>();
        try (Connection connection = target.getConnection()) {
            connection.setAutoCommit(false);
            rows = load(connection, zip, manifest, skipped);
            connection.commit();
        }
        flyway.migrate();
        return new Result(manifest.schemaVersion(), rows, restoreFiles(zip, manifest.files(), files), skipped);
    }

    private static long load(Connection connection, ZipFile zip, BackupManifest manifest, List<String> skipped)
            throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            for (BackupManifest.Partition p : manifest.partitions()) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + Sql.quote(p.schema()) + "." + Sql.quote(p.name())
                        + " PARTITION OF " + Sql.quote(p.parentSchema()) + "." + Sql.quote(p.parent()) + " "
                        + p.bound());
            }
        }
        List<BackupManifest.Table> present = new ArrayList<>();
        for (BackupManifest.Table table : manifest.tables()) {
            if (!exists(connection, table)) {
                skipped.add(table.schema() + "." + table.name());
            } else {
                present.add(table);
            }
        }
        List<BackupManifest.Table> ordered = LoadOrder.parentsFirst(connection, present);
        emptyWhatMigrationsFilled(connection, ordered);
        long rows = 0;
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (BackupManifest.Table table : ordered) {
            try (InputStream in = zip.getInputStream(entry(zip, table.entry()))) {
                long loaded = copy.copyIn(
                        "COPY " + table.qualified() + " (" + Sql.columnList(table.columns())
                                + ") FROM STDIN (FORMAT binary)",
                        in);
                if (loaded != table.rows()) {
                    throw new IllegalStateException(
                            table.qualified() + ": " + loaded + " rows, the backup says " + table.rows());
                }
                rows += loaded;
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (BackupManifest.Sequence s : manifest.sequences()) {
                String name = Sql.quote(s.schema()) + "." + Sql.quote(s.name());
                statement.execute(
                        "SELECT setval('" + name.replace("'", "''") + "', " + s.lastValue() + ", " + s.called() + ")");
            }
        }
        return rows;
    }

    /** Reference rows the migrations insert come back with the backup: they are emptied first. */
    private static void emptyWhatMigrationsFilled(Connection connection, List<BackupManifest.Table> tables)
            throws SQLException {
        List<String> filled = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (BackupManifest.Table table : tables) {
                try (var rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table.qualified() + ")")) {
                    rows.next();
                    if (rows.getBoolean(1)) {
                        filled.add(table.qualified());
                    }
                }
            }
            if (!filled.isEmpty()) {
                statement.execute("TRUNCATE " + String.join(", ", filled) + " CASCADE");
            }
        }
    }

    private static int restoreFiles(ZipFile zip, Map<String, String> hashes, Path files) throws IOException {
        for (var file : hashes.entrySet()) {
            Path target = files.resolve(file.getKey()).normalize();
            if (!target.startsWith(files.normalize())) {
                throw new IllegalStateException("a file outside the store: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            MessageDigest sha256 = DatabaseBackup.sha256();
            try (InputStream in =
                    new DigestInputStream(zip.getInputStream(entry(zip, "files/" + file.getKey())), sha256)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!HexFormat.of().formatHex(sha256.digest()).equals(file.getValue())) {
                throw new IllegalStateException("the backup's copy of " + file.getKey() + " is damaged");
            }
        }
        return hashes.size();
    }

    static BackupManifest manifest(ZipFile zip) throws IOException {
        try (InputStream in = zip.getInputStream(entry(zip, BackupManifest.ENTRY))) {
            BackupManifest manifest = DatabaseBackup.JSON.readValue(in, BackupManifest.class);
            if (manifest.format() != BackupManifest.FORMAT) {
                throw new RestoreRefused("backup format " + manifest.format() + " is not one this Khiên reads");
            }
            return manifest;
        }
    }

    private static MigrationVersion latest(Flyway flyway) {
        MigrationVersion latest = MigrationVersion.EMPTY;
        for (var migration : flyway.info().all()) {
            if (migration.getVersion() != null && migration.getVersion().compareTo(latest) > 0) {
                latest = migration.getVersion();
            }
        }
        return latest;
    }

    private static boolean exists(Connection connection, BackupManifest.Table table) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            statement.setString(1, table.qualified());
            try (var rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    private static ZipEntry entry(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("the backup has no " + name + ": not a Khiên backup, or damaged");
        }
        return entry;
    }

    /** A restore that would lose or mix data, refused before anything is written. */
    static final class RestoreRefused extends RuntimeException {
        RestoreRefused(String message) {
            super(message);
        }
    }
}
