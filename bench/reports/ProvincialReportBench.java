import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.khien.KhienApplication;
import vn.khien.reports.ReportKind;
import vn.khien.reports.application.ProvincialReportDrafter;
import vn.khien.reports.application.ReportContent;
import vn.khien.shared.documents.OfficialDocument;
import vn.khien.shared.documents.OfficialDocuments;

/**
 * The provincial annual report (issue 19 "Speed"): drafted from a province of 2,000 agencies and 10,000
 * systems and rendered to DOCX and PDF in ≤ 5 s on 2 cores. Starts Khiên in this JVM on the throw-away
 * data directory run.sh gives it (demo off), writes the province, evaluates the obligations and publishes
 * the year's ranking through the API, then times draft, DOCX and PDF, each run measured in this JVM
 * around the calls themselves (no HTTP).
 *
 * <p>Usage (run.sh): {@code java -cp target/classes:<runtime classpath> ProvincialReportBench.java <out-dir> [runs] [seed]}
 */
public class ProvincialReportBench {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String seed = args.length > 2 ? args[2] : "khien";
        say("load average at start: " + Files.readString(Path.of("/proc/loadavg")).strip());
        ConfigurableApplicationContext app = SpringApplication.run(KhienApplication.class);
        try {
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
            try (Connection db = app.getBean(DataSource.class).getConnection()) {
                ProvinceDataSet.write(db, seed, today);
            }
            Api api = new Api("http://localhost:" + System.getenv("PORT"), System.getenv("KHIEN_ADMIN_PASSWORD"));
            say("obligations: " + api.call("POST", "/api/v1/obligations/recompute", null, null));
            api.call("POST", "/api/v1/scoring/criteria-sets", "application/yaml",
                    Files.readString(Path.of("bench/scoring/automatic-set.yaml")));
            String created = api.call("POST", "/api/v1/scoring/campaigns", "application/json",
                    "{\"year\":" + today.getYear() + ",\"setCode\":\"BENCH-AUTO\",\"title\":\"Đánh giá, xếp hạng năm "
                            + today.getYear() + "\",\"cutOff\":\"" + today.minusDays(1) + "\"}");
            String id = created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
            api.call("POST", "/api/v1/scoring/campaigns/" + id + "/open", "application/json",
                    "{\"closesOn\":\"" + today + "\"}");
            api.call("POST", "/api/v1/scoring/campaigns/" + id + "/close", null, null);
            api.call("POST", "/api/v1/scoring/campaigns/" + id + "/publish", null, null);
            say("ranking of " + today.getYear() + " published (campaign " + id + ")");

            ProvincialReportDrafter drafter = app.getBean(ProvincialReportDrafter.class);
            OfficialDocuments documents = app.getBean(OfficialDocuments.class);
            // wall time, and in brackets this thread's CPU time: on a shared machine the wall time also counts
            // the waits for a core; the draft's CPU time leaves out PostgreSQL's, which runs in its own processes
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            say("run   draft ms (cpu)   docx ms (cpu)   pdf ms (cpu)   total ms (cpu)   appendix rows  docx bytes  pdf bytes");
            for (int run = 0; run <= runs; run++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                ReportContent content = drafter.draft(ReportKind.PROVINCIAL_ANNUAL, today.getYear(), null, today);
                long t1 = System.nanoTime();
                long c1 = cpu.getCurrentThreadCpuTime();
                OfficialDocument document = wrapped(content, today);
                byte[] docx = documents.docx(document);
                long t2 = System.nanoTime();
                long c2 = cpu.getCurrentThreadCpuTime();
                byte[] pdf = documents.pdf(document);
                long t3 = System.nanoTime();
                long c3 = cpu.getCurrentThreadCpuTime();
                int rows = content.appendices().stream().mapToInt(a -> a.table().rows().size()).sum();
                sayf("%-5s %6d (%5d) %7d (%5d) %6d (%5d) %8d (%5d) %14d %11d %10d   load %s",
                        run == 0 ? "warm" : Integer.toString(run),
                        ms(t1 - t0), ms(c1 - c0), ms(t2 - t1), ms(c2 - c1), ms(t3 - t2), ms(c3 - c2),
                        ms(t3 - t0), ms(c3 - c0), rows, docx.length, pdf.length,
                        Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
                if (run == runs) {
                    Files.write(out.resolve("provincial-annual.docx"), docx);
                    Files.write(out.resolve("provincial-annual.pdf"), pdf);
                    content.appendices().forEach(a -> sayf("  %s: %,d rows%n", a.title(), a.table().rows().size()));
                }
            }
            say("load average at end: " + Files.readString(Path.of("/proc/loadavg")).strip());
        } finally {
            app.close();
        }
    }

    /** The report as the reports module composes it: the body, the signature, then the appendices on their own pages. */
    static OfficialDocument wrapped(ReportContent content, LocalDate today) {
        return new OfficialDocument(
                "UBND TỈNH MÔ PHỎNG",
                "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                "",
                "Huế",
                today,
                "BÁO CÁO",
                "Kết quả kiểm tra, đánh giá an toàn thông tin hệ thống thông tin cấp độ 3, cấp độ 4 năm " + today.getYear(),
                List.of("Bộ Khoa học và Công nghệ"),
                content.body(),
                new OfficialDocument.Signature("GIÁM ĐỐC", "Nguyễn Văn Mô Phỏng"),
                List.of("Như trên", "UBND tỉnh (để báo cáo)", "Lưu: VT, CNTT"),
                content.appendices().stream()
                        .map(a -> new OfficialDocument.Appendix(a.title(), a.table()))
                        .toList());
    }

    /** Bench lines are prefixed so run.sh can tell them from the application's log on the same output. */
    static void say(String line) {
        System.out.println("BENCH " + line);
    }

    static void sayf(String format, Object... args) {
        say(String.format(java.util.Locale.ROOT, format, args).stripTrailing());
    }

    static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    record Api(String base, String password) {

        String call(String method, String path, String type, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes()))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (type != null) {
                request.header("Content-Type", type);
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        }
    }
}

/**
 * Writes a synthetic province into an empty Khiên database: 2,000 agencies (1,900 that own systems, 60
 * service providers, 40 assessment organisations), 10,000 information systems (levels 1–5 at
 * 30/45/20/4.5/0.5 %), monitoring and incident-response arrangements, the year's assessments of three
 * quarters of the level 3+ systems (a tenth by a provider that also monitors the system) with their
 * findings, 3,000 incidents, an IT plan per owning agency and 300 projects, and the agencies' annual
 * reports (three quarters on time, a tenth late). Set-based SQL only; every "random" choice is a hash of
 * the row number and the seed, so the same seed gives the same province.
 */
final class ProvinceDataSet {

    private ProvinceDataSet() {}

    static void write(Connection db, String seed, LocalDate today) throws Exception {
        int year = today.getYear();
        LocalDate start = LocalDate.of(year - 1, 12, 15);
        int days = (int) (today.toEpochDay() - start.toEpochDay());
        try (Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            long started = System.nanoTime();
            sql.execute("""
                    CREATE OR REPLACE FUNCTION pg_temp.r(i bigint, salt text) RETURNS double precision
                    LANGUAGE sql IMMUTABLE AS $$ SELECT (hashtext('%s' || salt || i) & 2147483647) / 2147483647.0 $$
                    """.formatted(seed.replace("'", "")));
            step(sql, "agencies", """
                    INSERT INTO agencies.agency (code, name, kind, status, registered_at)
                    SELECT 'PA' || i,
                           CASE k WHEN 'COMMUNE_COMMITTEE' THEN 'Ủy ban nhân dân xã mô phỏng số ' || i
                                  WHEN 'PUBLIC_SERVICE_UNIT' THEN 'Trung tâm Công nghệ thông tin và Truyền thông trực thuộc đơn vị sự nghiệp công lập mô phỏng số ' || i
                                  WHEN 'SERVICE_PROVIDER' THEN 'Công ty cổ phần dịch vụ an toàn thông tin mô phỏng ' || i
                                  WHEN 'ASSESSMENT_ORGANISATION' THEN 'Trung tâm kiểm định an toàn thông tin mô phỏng ' || i
                                  ELSE 'Sở, ban, ngành mô phỏng số ' || i END,
                           k, 'ACTIVE', now() - make_interval(days => 400 + (pg_temp.r(i, 'reg') * 2000)::int)
                    FROM generate_series(1, 2000) i
                    CROSS JOIN LATERAL (SELECT CASE
                        WHEN i > 1960 THEN 'ASSESSMENT_ORGANISATION'
                        WHEN i > 1900 THEN 'SERVICE_PROVIDER'
                        WHEN pg_temp.r(i, 'kind') < 0.15 THEN 'PROVINCIAL_DEPARTMENT'
                        WHEN pg_temp.r(i, 'kind') < 0.20 THEN 'DISTRICT_COMMITTEE'
                        WHEN pg_temp.r(i, 'kind') < 0.65 THEN 'COMMUNE_COMMITTEE'
                        ELSE 'PUBLIC_SERVICE_UNIT' END AS k) kinds""");
            step(sql, "systems", """
                    INSERT INTO systems.information_system (code, name, owner_code, type, e_government, approved_level,
                                                            proposed_level, status, decision_number, decision_date,
                                                            monitoring_connected, registered_at)
                    SELECT 'PS' || i, 'Hệ thống thông tin mô phỏng phục vụ quản lý, điều hành số ' || i,
                           'PA' || (1 + (pg_temp.r(i, 'owner') * 1899)::int),
                           (ARRAY['INTERNAL','CITIZEN_SERVICE','SHARED_INFRASTRUCTURE','OTHER'])[1 + (pg_temp.r(i, 'type') * 3.99)::int % 4],
                           pg_temp.r(i, 'egov') < 0.4, l.level, l.level,
                           CASE WHEN pg_temp.r(i, 'status') < 0.95 THEN 'IN_OPERATION' ELSE 'PLANNED' END,
                           'QĐ-' || i, DATE '2018-01-01' + (pg_temp.r(i, 'decision') * 2500)::int,
                           l.level >= 3 AND pg_temp.r(i, 'connected') < 0.6,
                           now() - make_interval(days => 30 + (pg_temp.r(i, 'sysreg') * 1500)::int)
                    FROM generate_series(1, 10000) i
                    CROSS JOIN LATERAL (SELECT CASE
                        WHEN pg_temp.r(i, 'level') < 0.30 THEN 1 WHEN pg_temp.r(i, 'level') < 0.75 THEN 2
                        WHEN pg_temp.r(i, 'level') < 0.95 THEN 3 WHEN pg_temp.r(i, 'level') < 0.995 THEN 4 ELSE 5 END AS level) l""");
            step(sql, "arrangements", """
                    INSERT INTO systems.service_arrangement (information_system, position, ref, service, provider_code,
                                                             valid_from, valid_to)
                    SELECT s.id, x.position, gen_random_uuid(), x.service,
                           'PA' || (1901 + (pg_temp.r(s.id, 'prov' || x.service) * 59)::int), current_date - 700, NULL
                    FROM systems.information_system s
                    CROSS JOIN (VALUES (0, 'MONITORING'), (1, 'INCIDENT_RESPONSE')) x(position, service)
                    WHERE pg_temp.r(s.id, 'has' || x.service) < 0.8""");
            step(sql, "assessments", """
                    INSERT INTO assessments.assessment (id, agency_code, kind, periodic, assessor_code, planned_start,
                                                        planned_end, started_on, completed_on, status, created_at,
                                                        changed_at, version, scope)
                    SELECT md5('%1$s-a-' || s.id)::uuid, s.owner_code, 'COMPLIANCE_CHECK', true,
                           CASE WHEN pg_temp.r(s.id, 'dep') < 0.1 AND m.provider_code IS NOT NULL THEN m.provider_code
                                ELSE 'PA' || (1961 + (pg_temp.r(s.id, 'assessor') * 39)::int) END,
                           d.day - 10, d.day, d.day - 10, d.day, 'COMPLETED', now(), now(), 0, 'SYSTEMS'
                    FROM systems.information_system s
                    LEFT JOIN systems.service_arrangement m ON m.information_system = s.id AND m.service = 'MONITORING'
                    CROSS JOIN LATERAL (SELECT DATE '%2$s' + (pg_temp.r(s.id, 'when') * %3$d)::int AS day) d
                    WHERE s.approved_level >= 3 AND s.status = 'IN_OPERATION' AND pg_temp.r(s.id, 'assessed') < 0.75"""
                    .formatted(seed, start, days));
            step(sql, "assessed systems", """
                    INSERT INTO assessments.assessment_system (assessment, system_code, owner_code, system_level)
                    SELECT md5('%s-a-' || s.id)::uuid, s.code, s.owner_code, s.approved_level
                    FROM systems.information_system s
                    WHERE s.approved_level >= 3 AND s.status = 'IN_OPERATION' AND pg_temp.r(s.id, 'assessed') < 0.75"""
                    .formatted(seed));
            step(sql, "findings", """
                    INSERT INTO assessments.finding (id, assessment_id, agency_code, system_code, system_level, title,
                                                     severity, status, due_on, closed_on, raised_by, created_at,
                                                     changed_at, version)
                    SELECT gen_random_uuid(), a.id, a.agency_code, x.system_code, x.system_level,
                           'Tồn tại mô phỏng ' || n, sv.severity, st.status, a.completed_on + 90,
                           CASE WHEN st.status = 'CLOSED' THEN a.completed_on + (pg_temp.r(n * 7919 + x.system_level, 'fix') * 120)::int END,
                           'bench', now(), now(), 0
                    FROM assessments.assessment a
                    JOIN assessments.assessment_system x ON x.assessment = a.id
                    CROSS JOIN generate_series(1, 4) n
                    CROSS JOIN LATERAL (SELECT hashtext(a.id::text || n) & 2147483647 AS h) hh
                    CROSS JOIN LATERAL (SELECT (ARRAY['CRITICAL','HIGH','MEDIUM','MEDIUM','LOW','INFO'])[1 + hh.h % 6] AS severity) sv
                    CROSS JOIN LATERAL (SELECT (ARRAY['OPEN','REMEDIATION_PLANNED','CLOSED','CLOSED','CLOSED','RISK_ACCEPTED'])[1 + (hh.h / 7) % 6] AS status) st
                    WHERE n <= 1 + hh.h % 4""");
            step(sql, "incidents", """
                    INSERT INTO incidents.incident (reference, agency_code, system_code, reporter, detected_at, reported_at,
                                                    status, type_code, summary, severity, impact, tlp, pap)
                    SELECT 'SC-B-' || i, s.owner_code, s.code, 'bench', d.at, d.at + interval '2 hours',
                           (ARRAY['RECEIVED','VERIFIED','CONTAINED','RECOVERED','CLOSED','CLOSED','CLOSED','REJECTED'])[1 + floor(pg_temp.r(i, 'st') * 8)::int],
                           (ARRAY['MALWARE','INTRUSION','DDOS','DEFACEMENT','DATA_LEAK','PHISHING','AVAILABILITY','OTHER'])[1 + floor(pg_temp.r(i, 'ty') * 8)::int],
                           'Sự cố mô phỏng ' || i,
                           (ARRAY['CRITICAL','HIGH','MEDIUM','MEDIUM','LOW','INFO'])[1 + floor(pg_temp.r(i, 'sv') * 6)::int],
                           'LOW', 'AMBER', 'GREEN'
                    FROM generate_series(1, 3000) i
                    JOIN systems.information_system s ON s.code = 'PS' || (1 + (pg_temp.r(i, 'sys') * 9999)::int)
                    CROSS JOIN LATERAL (SELECT TIMESTAMPTZ '%s 08:00+07' + make_interval(hours => (pg_temp.r(i, 'at') * %d * 24)::int) AS at) d"""
                    .formatted(start, days));
            step(sql, "IT plans", """
                    INSERT INTO registers.it_plan (agency_code, kind, name, year_from, year_to, total_budget, recorded_at)
                    SELECT 'PA' || i, k.kind, k.name || ' của đơn vị mô phỏng ' || i, k.y_from, k.y_to,
                           (1 + (pg_temp.r(i, k.kind) * 40)::int)::numeric * 100000000, now()
                    FROM generate_series(1, 1900) i
                    CROSS JOIN (VALUES ('ANNUAL', 'Kế hoạch ứng dụng CNTT năm %1$s', %1$s, %1$s),
                                       ('PROJECT', 'Dự án nâng cấp hạ tầng CNTT', %1$s - 1, %1$s + 1)) k(kind, name, y_from, y_to)
                    WHERE k.kind = 'ANNUAL' OR pg_temp.r(i, 'project') < 0.16""".formatted(year));
            step(sql, "budget lines", """
                    INSERT INTO registers.budget_line (it_plan, position, category, supplier, amount, origin)
                    SELECT p.id, 0, 'Dịch vụ giám sát an toàn thông tin', 'Nhà cung cấp mô phỏng',
                           round((p.total_budget * (0.04 + pg_temp.r(p.id, 'share') * 0.12))::numeric, -6), 'DOMESTIC'
                    FROM registers.it_plan p""");
            step(sql, "annual reports", """
                    INSERT INTO registers.attestation (agency_code, kind, title, attested_on, evidence, status, decided_on)
                    SELECT o.owner_code, 'AGENCY_ANNUAL_REPORT', 'Báo cáo kết quả kiểm tra, đánh giá năm %1$s', d.day,
                           'Báo cáo số ' || o.n || '/BC', 'ACCEPTED', d.day + 1
                    FROM (SELECT DISTINCT s.owner_code, substr(s.owner_code, 3)::int AS n FROM systems.information_system s
                           WHERE s.approved_level >= 3) o
                    CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.r(o.n, 'late') < 0.12 THEN DATE '%1$s-12-05'
                                                    ELSE DATE '%1$s-11-20' + (pg_temp.r(o.n, 'day') * 12)::int END AS day) d
                    WHERE pg_temp.r(o.n, 'reported') < 0.85 AND d.day <= CURRENT_DATE""".formatted(year));
            db.commit();
            db.setAutoCommit(true);
            sql.execute("ANALYZE");
            ProvincialReportBench.sayf("province written in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    private static void step(Statement sql, String what, String statement) throws Exception {
        long started = System.nanoTime();
        int rows = sql.executeUpdate(statement);
        ProvincialReportBench.sayf("%-16s %,7d rows  %5.1f s%n", what, rows, (System.nanoTime() - started) / 1e9);
    }
}
