package vn.khien.shared.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * The start-up work that needs the superuser, and nothing else does: the application's role exists with
 * no power beyond its own data, and owns that data. It owns the database, which is all Flyway and the
 * jobs need (schemas, the {@code public} schema, the trusted extensions {@code unaccent} and
 * {@code pg_trgm}, day partitions of alerts, COPY into its tables); it is no superuser and is a member
 * of no role, so neither {@code COPY … TO PROGRAM}, server files nor other roles' passwords are in reach.
 */
final class ApplicationRole {

    private static final String ROLE = PostgresCredentials.APPLICATION_ROLE;

    // everything older versions created as the superuser in the application's schemas; members of an
    // extension stay with it; indexes and the sequences of serial and identity columns follow their table
    // (partitions do not: each is listed)
    private static final String OWNED_BY_THE_SUPERUSER = """
            WITH app AS (
                SELECT oid, nspname, nspowner FROM pg_namespace
                 WHERE nspname <> 'information_schema' AND nspname NOT LIKE 'pg\\_%'),
            extension_member AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e')
            SELECT format('ALTER SCHEMA %I OWNER TO %I', nspname, ?)
              FROM app WHERE nspowner = 'postgres'::regrole
            UNION ALL
            SELECT format('ALTER %s %s OWNER TO %I',
                          CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                         WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
                          c.oid::regclass, ?)
              FROM pg_class c JOIN app n ON n.oid = c.relnamespace
             WHERE c.relowner = 'postgres'::regrole AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
               AND (c.tableoid, c.oid) NOT IN (SELECT classid, objid FROM extension_member)
               AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                                       AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
            UNION ALL
            SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, ?)
              FROM pg_proc p JOIN app n ON n.oid = p.pronamespace
             WHERE p.proowner = 'postgres'::regrole AND p.prokind IN ('f', 'p')
               AND (p.tableoid, p.oid) NOT IN (SELECT classid, objid FROM extension_member)
            UNION ALL
            SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, ?)
              FROM pg_type t JOIN app n ON n.oid = t.typnamespace
             WHERE t.typowner = 'postgres'::regrole AND t.typtype IN ('d', 'e', 'r')
               AND (t.tableoid, t.oid) NOT IN (SELECT classid, objid FROM extension_member)
            UNION ALL
            SELECT format('ALTER COLLATION %I.%I OWNER TO %I', n.nspname, c.collname, ?)
              FROM pg_collation c JOIN app n ON n.oid = c.collnamespace
             WHERE c.collowner = 'postgres'::regrole
               AND (c.tableoid, c.oid) NOT IN (SELECT classid, objid FROM extension_member)""";

    private ApplicationRole() {}

    /** Idempotent: run at every start, as the superuser, connected to the application's database. */
    static int prepare(Connection superuser, PostgresCredentials credentials) throws SQLException {
        try (Statement sql = superuser.createStatement()) {
            sql.execute("""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s LOGIN; END IF;
                    END $$""".formatted(ROLE));
            sql.execute("ALTER ROLE " + ROLE
                    + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT");
            // pg_execute_server_program, pg_read_server_files, pg_write_server_files and the like: none
            for (String revoke : list(superuser, """
                    SELECT format('REVOKE %I FROM %I', r.rolname, m.member::regrole)
                      FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                     WHERE m.member = ?::regrole""", 1)) {
                sql.execute(revoke);
            }
            setPassword(superuser, ROLE, credentials.applicationPassword());
            sql.execute("ALTER DATABASE " + superuser.getCatalog() + " OWNER TO " + ROLE);
            List<String> handOver = list(superuser, OWNED_BY_THE_SUPERUSER, 5);
            for (String alter : handOver) {
                sql.execute(alter);
            }
            return handOver.size();
        }
    }

    /** Sent as a SCRAM verifier computed here: the password itself never reaches the server or its log. */
    static void setPassword(Connection superuser, String role, String password) throws SQLException {
        superuser.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
    }

    private static List<String> list(Connection connection, String query, int roleParameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 1; i <= roleParameters; i++) {
                statement.setString(i, ROLE);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }
}
