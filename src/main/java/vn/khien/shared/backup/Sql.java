package vn.khien.shared.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The catalogue questions backup and restore ask, answered the same way for both. */
final class Sql {

    /**
     * Tables of the application's schemas; partitions are read and written through their parent. Not the
     * migrations' history (the restore builds its own), nor sessions and job locks: a restored session
     * would sign in again someone who signed out after the backup.
     */
    static final String TABLES = """
            SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
               AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
               AND NOT (n.nspname = 'public'
                        AND c.relname IN ('flyway_schema_history', 'spring_session', 'spring_session_attributes', 'shedlock'))
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
             ORDER BY 1, 2""";

    /** Stored columns: generated ones are computed again on the way in and cannot be written. */
    static final String COLUMNS = """
            SELECT a.attname FROM pg_attribute a
             WHERE a.attrelid = CAST(? AS regclass) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
             ORDER BY a.attnum""";

    static final String PARTITIONS = """
            SELECT n.nspname, c.relname, pn.nspname, p.relname, pg_get_expr(c.relpartbound, c.oid)
              FROM pg_inherits i
              JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace n ON n.oid = c.relnamespace
              JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
             WHERE c.relispartition AND c.relkind IN ('r', 'p') ORDER BY 1, 2""";

    static final String SEQUENCES = """
            SELECT schemaname, sequencename, coalesce(last_value, 1), last_value IS NOT NULL FROM pg_sequences
             WHERE schemaname <> 'information_schema' AND schemaname NOT LIKE 'pg\\_%' ORDER BY 1, 2""";

    /** Foreign keys between tables, child first: restore loads parents before children. */
    static final String REFERENCES = """
            SELECT cn.nspname || '.' || c.relname, pn.nspname || '.' || p.relname
              FROM pg_constraint k
              JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
              JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
             WHERE k.contype = 'f' AND k.conrelid <> k.confrelid""";

    private Sql() {}

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static List<String> columns(Connection connection, String qualifiedTable) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setString(1, qualifiedTable);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(Sql::quote).toList());
    }

    /** The schema version Flyway last applied, or null for a database Flyway never touched. */
    static String schemaVersion(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT to_regclass('public.flyway_schema_history') IS NOT NULL");
                ResultSet exists = statement.executeQuery()) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return null;
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                        SELECT version FROM public.flyway_schema_history
                         WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1""");
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
