package vn.khien.shared.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a backup holds, written beside the data so that a restore can check it before loading anything:
 * the schema version the data belongs to, each table's columns and rows, each sequence's position,
 * the alert partitions that must exist before their rows, and the files with their SHA-256.
 */
record BackupManifest(
        int format,
        Instant createdAt,
        String khienVersion,
        String schemaVersion,
        List<Table> tables,
        List<Partition> partitions,
        List<Sequence> sequences,
        Map<String, String> files) {

    static final int FORMAT = 1;
    static final String ENTRY = "manifest.json";

    /** A table (a partitioned one as a whole) and the entry holding its rows in binary COPY format. */
    record Table(String schema, String name, List<String> columns, long rows) {

        String qualified() {
            return Sql.quote(schema) + "." + Sql.quote(name);
        }

        String entry() {
            return "tables/" + schema + "." + name + ".copy";
        }
    }

    /** A partition of a partitioned table, with its bound as PostgreSQL prints it. */
    record Partition(String schema, String name, String parentSchema, String parent, String bound) {}

    record Sequence(String schema, String name, long lastValue, boolean called) {}
}
