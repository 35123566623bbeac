import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Writes a synthetic national data set into a Khiên database (DESIGN.md §6): 34 provinces,
 * 20,000 agencies, 100,000 information systems with a realistic level mix, focal points, service
 * arrangements and security products. Set-based SQL only; every "random" choice is a hash of the
 * row number and the seed, so the same seed gives the same data set.
 *
 * <p>Usage: {@code java -cp postgresql.jar NationalDataSet.java <jdbc-url> [seed]}
 */
public class NationalDataSet {

    public static void main(String[] args) throws Exception {
        String seed = args.length > 1 ? args[1] : "khien";
        try (Connection db = DriverManager.getConnection(args[0]); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            long started = System.nanoTime();
            sql.execute("""
                    CREATE OR REPLACE FUNCTION pg_temp.r(i bigint, salt text) RETURNS double precision
                    LANGUAGE sql IMMUTABLE AS $$ SELECT (hashtext('%s' || salt || i) & 2147483647) / 2147483647.0 $$
                    """.formatted(seed.replace("'", "")));
            step(sql, "provinces", """
                    INSERT INTO agencies.agency (code, name, kind, status, registered_at)
                    SELECT 'NP' || p, 'Ủy ban nhân dân tỉnh mô phỏng ' || p, 'PROVINCIAL_COMMITTEE', 'ACTIVE', now()
                    FROM generate_series(1, 34) p""");
            step(sql, "agencies", """
                    INSERT INTO agencies.agency (code, name, kind, parent_code, status, registered_at)
                    SELECT 'NA' || i,
                           CASE k WHEN 'COMMUNE_COMMITTEE' THEN 'Ủy ban nhân dân xã mô phỏng ' ELSE 'Cơ quan mô phỏng ' END || i,
                           k, 'NP' || (i % 34 + 1), 'ACTIVE',
                           now() - make_interval(days => (pg_temp.r(i, 'reg') * 2000)::int)
                    FROM generate_series(1, 19966) i
                    CROSS JOIN LATERAL (SELECT CASE
                        WHEN pg_temp.r(i, 'kind') < 0.10 THEN 'PROVINCIAL_DEPARTMENT'
                        WHEN pg_temp.r(i, 'kind') < 0.60 THEN 'COMMUNE_COMMITTEE'
                        WHEN pg_temp.r(i, 'kind') < 0.95 THEN 'PUBLIC_SERVICE_UNIT'
                        WHEN pg_temp.r(i, 'kind') < 0.97 THEN 'SERVICE_PROVIDER'
                        WHEN pg_temp.r(i, 'kind') < 0.98 THEN 'TELECOM_OPERATOR'
                        ELSE 'ASSESSMENT_ORGANISATION' END AS k) kinds""");
            step(sql, "focal points", """
                    INSERT INTO agencies.focal_point (agency_code, role, unit_name, person_name, position, phone, email,
                                                      valid_from, confirmed_on, recorded_at)
                    SELECT a.code, r.role, 'Phòng CNTT', 'Cán bộ ' || a.code, 'Chuyên viên', '0900000000',
                           lower(replace(a.code, '.', '')) || '@example.vn',
                           current_date - 900, current_date - (pg_temp.r(a.id, r.role) * 500)::int, now()
                    FROM agencies.agency a
                    CROSS JOIN (VALUES ('SECURITY_UNIT', 0.85), ('INCIDENT_CONTACT', 0.75)) r(role, share)
                    WHERE a.code LIKE 'NA%' AND pg_temp.r(a.id, 'has' || r.role) < r.share""");
            step(sql, "systems", """
                    INSERT INTO systems.information_system (code, name, owner_code, type, e_government, approved_level,
                                                            proposed_level, status, decision_number, decision_date,
                                                            monitoring_connected, registered_at)
                    SELECT 'NS' || i, 'Hệ thống mô phỏng ' || i, 'NA' || (1 + (pg_temp.r(i, 'owner') * 19965)::int),
                           (ARRAY['INTERNAL','CITIZEN_SERVICE','SHARED_INFRASTRUCTURE','OTHER'])[1 + (pg_temp.r(i, 'type') * 3.99)::int % 4],
                           pg_temp.r(i, 'egov') < 0.4,
                           CASE WHEN pg_temp.r(i, 'approved') < 0.85 THEN l.level END, l.level,
                           CASE WHEN pg_temp.r(i, 'status') < 0.95 THEN 'IN_OPERATION' ELSE 'PLANNED' END,
                           'QĐ-' || i, DATE '2018-01-01' + (pg_temp.r(i, 'decision') * 3200)::int,
                           l.level >= 3 AND pg_temp.r(i, 'connected') < 0.6,
                           now() - make_interval(days => (pg_temp.r(i, 'sysreg') * 1500)::int)
                    FROM generate_series(1, 100000) i
                    CROSS JOIN LATERAL (SELECT CASE
                        WHEN pg_temp.r(i, 'level') < 0.30 THEN 1 WHEN pg_temp.r(i, 'level') < 0.75 THEN 2
                        WHEN pg_temp.r(i, 'level') < 0.95 THEN 3 WHEN pg_temp.r(i, 'level') < 0.995 THEN 4 ELSE 5 END AS level) l""");
            step(sql, "arrangements", """
                    INSERT INTO systems.service_arrangement (information_system, position, ref, service, provider_code,
                                                             valid_from, valid_to)
                    SELECT s.id, x.position, gen_random_uuid(), x.service,
                           CASE WHEN pg_temp.r(s.id, x.service) < 0.4 THEN NULL
                                ELSE p.codes[1 + (pg_temp.r(s.id, 'prov' || x.service) * (cardinality(p.codes) - 1))::int] END,
                           current_date - 400, CASE WHEN pg_temp.r(s.id, 'end') < 0.5 THEN current_date + 200 END
                    FROM systems.information_system s
                    CROSS JOIN (VALUES (0, 'MONITORING'), (1, 'INCIDENT_RESPONSE')) x(position, service)
                    CROSS JOIN (SELECT array_agg(code ORDER BY id) AS codes FROM agencies.agency
                                WHERE kind = 'SERVICE_PROVIDER') p
                    WHERE s.code LIKE 'NS%' AND pg_temp.r(s.id, 'has' || x.service) < 0.8""");
            step(sql, "products", """
                    INSERT INTO systems.security_product (information_system, position, ref, product, vendor, category,
                                                          origin, justification)
                    SELECT s.id, 0, gen_random_uuid(), 'Tường lửa', 'Hãng ' || (s.id % 20), 'Tường lửa',
                           CASE WHEN pg_temp.r(s.id, 'origin') < 0.25 THEN 'FOREIGN' ELSE 'DOMESTIC' END,
                           CASE WHEN pg_temp.r(s.id, 'why') < 0.5 THEN 'Chưa có sản phẩm trong nước tương đương' END
                    FROM systems.information_system s
                    WHERE s.code LIKE 'NS%' AND s.approved_level >= 3""");
            db.commit();
            // statistics are written in a transaction too: without this commit the planner sees empty tables
            db.setAutoCommit(true);
            sql.execute("ANALYZE");
            System.out.printf("national data set written in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    private static void step(Statement sql, String what, String statement) throws Exception {
        long started = System.nanoTime();
        int rows = sql.executeUpdate(statement);
        System.out.printf("%-14s %,9d rows  %6.1f s%n", what, rows, (System.nanoTime() - started) / 1e9);
    }
}
