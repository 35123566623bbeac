package vn.khien.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether the current transaction wrote anything but its own security audit records: PostgreSQL
 * gives a transaction an id only when it writes (or locks) a row, so a refused call that never did
 * costs one query; otherwise every table is compared with its row count before the call (a delete)
 * and searched for rows this transaction wrote ({@code xmin}: an insert or an update). Sessions kept
 * in the database (Spring Session JDBC) are the container's state, not the application's data.
 */
final class RefusedWrites {

    private final JdbcClient jdbc;
    private final String countAll;

    RefusedWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.sql("""
                        SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                          AND c.relname NOT LIKE 'spring\\_session%'
                        ORDER BY 1""").query(String.class).list();
        this.countAll = tables.stream()
                .map(table -> "SELECT '%s' AS t, count(*) AS n, count(*) FILTER (WHERE xmin::text::bigint = :xid%s)"
                                .formatted(
                                        table,
                                        table.equals("audit.audit_record") ? " AND action NOT LIKE 'security.%'" : "")
                        + " AS mine FROM " + table)
                .collect(Collectors.joining(" UNION ALL "));
    }

    /** Row counts of every table now. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(countAll)
                .param("xid", -1L)
                .query((rs, n) -> counts.put(rs.getString("t"), rs.getLong("n")))
                .list();
        return counts;
    }

    /** The tables this transaction changed since {@code before} (its security audit records aside). */
    List<String> since(Map<String, Long> before) {
        Long xid = jdbc.sql("SELECT pg_current_xact_id_if_assigned()::text::bigint % 4294967296")
                .query(Long.class)
                .optional()
                .orElse(null);
        List<String> written = new ArrayList<>();
        if (xid == null) {
            return written;
        }
        jdbc.sql(countAll)
                .param("xid", xid)
                .query((rs, n) -> {
                    String table = rs.getString("t");
                    boolean deleted = !table.equals("audit.audit_record") && rs.getLong("n") < before.get(table);
                    if (rs.getLong("mine") > 0 || deleted) {
                        written.add(table);
                    }
                    return table;
                })
                .list();
        return written;
    }
}
