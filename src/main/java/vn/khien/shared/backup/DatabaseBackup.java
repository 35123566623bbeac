package vn.khien.shared.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one consistent copy of the database and the file store into a ZIP. The rows are read in one
 * read-only repeatable-read transaction, so the copy is the database at one instant while Khiên keeps
 * running; each table goes out in PostgreSQL's binary COPY format through the JDBC driver, because the
 * embedded PostgreSQL ships no {@code pg_dump}. Files are content-addressed and never change, so they
 * are copied after the rows: every file a row names was written before that row committed.
 */
final class DatabaseBackup {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private DatabaseBackup() {}

    static BackupManifest write(Connection connection, Path files, OutputStream target, String khienVersion)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            String version = Sql.schemaVersion(connection);
            if (version == null) {
                throw new IllegalStateException("this database holds no Khiên schema: nothing to back up");
            }
            List<BackupManifest.Table> tables = new ArrayList<>();
            for (String[] name : pairs(connection, Sql.TABLES)) {
                tables.add(copyOut(connection, zip, name[0], name[1]));
            }
            List<BackupManifest.Partition> partitions = new ArrayList<>();
            List<BackupManifest.Sequence> sequences = new ArrayList<>();
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery(Sql.PARTITIONS)) {
                    while (rows.next()) {
                        partitions.add(new BackupManifest.Partition(
                                rows.getString(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5)));
                    }
                }
                try (ResultSet rows = statement.executeQuery(Sql.SEQUENCES)) {
                    while (rows.next()) {
                        sequences.add(new BackupManifest.Sequence(
                                rows.getString(1), rows.getString(2), rows.getLong(3), rows.getBoolean(4)));
                    }
                }
            }
            connection.commit();
            var manifest = new BackupManifest(
                    BackupManifest.FORMAT,
                    Instant.now(),
                    khienVersion,
                    version,
                    tables,
                    partitions,
                    sequences,
                    copyFiles(zip, files));
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            return manifest;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static BackupManifest.Table copyOut(Connection connection, ZipOutputStream zip, String schema, String name)
            throws SQLException, IOException {
        var table = new BackupManifest.Table(schema, name, List.of(), 0);
        List<String> columns = Sql.columns(connection, table.qualified());
        zip.putNextEntry(new ZipEntry(table.entry()));
        long rows = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyOut(
                        "COPY (SELECT " + Sql.columnList(columns) + " FROM " + table.qualified()
                                + ") TO STDOUT (FORMAT binary)",
                        new OutputStream() {
                            // the ZIP stays open for the next entry: only this entry ends here
                            @Override
                            public void write(int b) throws IOException {
                                zip.write(b);
                            }

                            @Override
                            public void write(byte[] b, int off, int len) throws IOException {
                                zip.write(b, off, len);
                            }
                        });
        zip.closeEntry();
        return new BackupManifest.Table(schema, name, columns, rows);
    }

    /** Every file under the store, by its path relative to it, with the SHA-256 of what was written. */
    private static Map<String, String> copyFiles(ZipOutputStream zip, Path files) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.isDirectory(files)) {
            return hashes;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(files)) {
            all = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : all) {
            String relative = files.relativize(file).toString().replace('\\', '/');
            zip.putNextEntry(new ZipEntry("files/" + relative));
            MessageDigest sha256 = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            hashes.put(relative, HexFormat.of().formatHex(sha256.digest()));
        }
        return hashes;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String[]> pairs(Connection connection, String sql) throws SQLException {
        List<String[]> pairs = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                pairs.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        return pairs;
    }
}
