package vn.khien.systems.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khien.shared.DemoDataset;
import vn.khien.systems.MonitoringMethod;
import vn.khien.systems.SystemType;

/**
 * The information systems of the demo province (Huế) from {@code demo/systems-hue.csv}: systems go
 * through {@link SystemImport} (checked and audited like a real import), then their assets, products,
 * arrangements and dossiers are written in batches, derived from each row so the CSV stays readable.
 */
@Component
class SystemDemoData implements DemoDataset {

    private static final String[][] DOMESTIC = {
        {"Bkav Endpoint Detection and Response", "Bkav", "Phòng chống mã độc"},
        {"Viettel Endpoint Detection and Response", "Viettel", "Phòng chống mã độc"},
        {"VNPT SOC Agent", "VNPT", "Giám sát an toàn thông tin"},
        {"Viettel Web Application Firewall", "Viettel", "Tường lửa ứng dụng web"}
    };
    private static final String[][] FOREIGN = {
        {"FortiGate 100F", "Fortinet", "Tường lửa"},
        {"PA-440", "Palo Alto Networks", "Tường lửa"},
        {"Kaspersky Endpoint Security", "Kaspersky", "Phòng chống mã độc"}
    };
    private static final String FOREIGN_REASON =
            "Thiết bị đầu tư từ dự án trước năm 2020, đang trong thời gian khấu hao";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SystemDemoData.class);
    private final SystemImport importer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SystemDemoData(SystemImport importer, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean hasData() {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM systems.information_system)", Boolean.class));
    }

    @Override
    public void load() {
        long started = System.nanoTime();
        List<String[]> lines = read();
        List<SystemDetails> systems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            systems.add(details(lines.get(i), i));
        }
        transaction.executeWithoutResult(status -> {
            var result = importer.importAll(systems);
            if (!result.imported()) {
                throw new IllegalStateException("demo systems do not import: " + result.problems());
            }
            Map<String, Long> ids = jdbc.query("SELECT code, id FROM systems.information_system", rs -> {
                Map<String, Long> map = new java.util.HashMap<>();
                while (rs.next()) {
                    map.put(rs.getString(1), rs.getLong(2));
                }
                return map;
            });
            children(lines, systems, ids);
        });
        log.info(
                "Demo information systems loaded: {} in {} ms",
                systems.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static SystemDetails details(String[] f, int i) {
        Integer approved = integer(f[9]);
        int level = approved != null ? approved : integer(f[8]);
        var decision = approved == null
                ? null
                : level <= 2
                        ? new SystemDetails.DecisionLine((100 + i) + "/QĐ-SKHCN", decisionDate(i), "H57.08")
                        : new SystemDetails.DecisionLine((2100 + i) + "/QĐ-UBND", decisionDate(i), "H57");
        boolean connected = level >= 3;
        return new SystemDetails(
                f[0],
                f[1],
                f[2],
                f[3].isBlank() ? null : f[3],
                SystemType.valueOf(f[4]),
                Boolean.parseBoolean(f[5]),
                integer(f[6]),
                integer(f[7]),
                integer(f[8]),
                null,
                connected,
                connected ? LocalDate.of(2024, 6, 1).plusDays(i) : null,
                connected ? MonitoringMethod.SENSOR : null,
                List.of(),
                approved,
                decision);
    }

    private void children(List<String[]> lines, List<SystemDetails> systems, Map<String, Long> ids) {
        List<Object[]> components = new ArrayList<>();
        List<Object[]> assets = new ArrayList<>();
        List<Object[]> products = new ArrayList<>();
        List<Object[]> arrangements = new ArrayList<>();
        List<Object[]> dossiers = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (int i = 0; i < systems.size(); i++) {
            var s = systems.get(i);
            long id = ids.get(s.code());
            int level = s.approvedLevel() != null ? s.approvedLevel() : s.proposedLevel();
            if (level >= 3 || s.code().equals("HUE.PORTAL")) {
                // the portal's user database is level 3 while the portal was approved at 2: the page warns
                components.add(new Object[] {id, 0, "Ứng dụng và cổng giao tiếp", "Máy chủ ứng dụng, web", level});
                components.add(new Object[] {id, 1, "Cơ sở dữ liệu", "Máy chủ cơ sở dữ liệu và sao lưu", 3});
            }
            String slug = s.code().toLowerCase().replace('.', '-');
            // the data centre's range holds the Hue-S platform: the overlap report shows it
            String range = s.code().equals("HUE.TTDL")
                    ? "10.57.200.0/22"
                    : s.code().equals("HUE.IOC") ? "10.57.201.0/24" : "10.57." + (i + 1) + ".0/24";
            assets.add(new Object[] {id, 0, UUID.randomUUID(), "CIDR", range});
            if (s.type() == SystemType.CITIZEN_SERVICE) {
                assets.add(new Object[] {id, 1, UUID.randomUUID(), "CIDR", "203.0.113." + (i % 250 + 1) + "/32"});
                assets.add(new Object[] {id, 2, UUID.randomUUID(), "HOSTNAME", slug + ".hue.gov.vn"});
            }
            String[] domestic = DOMESTIC[i % DOMESTIC.length];
            products.add(
                    new Object[] {id, 0, UUID.randomUUID(), domestic[0], domestic[1], domestic[2], "DOMESTIC", null});
            if (i % 4 == 0) {
                String[] foreign = FOREIGN[i % FOREIGN.length];
                products.add(new Object[] {
                    id, 1, UUID.randomUUID(), foreign[0], foreign[1], foreign[2], "FOREIGN", FOREIGN_REASON
                });
            }
            String provider = i % 3 == 0 ? "DV.GIAMSAT-DEMO" : i % 3 == 1 ? "VT.VNPT-HUE" : null;
            arrangements.add(new Object[] {
                id, 0, UUID.randomUUID(), "MONITORING", provider, Date.valueOf("2026-01-01"), Date.valueOf("2026-12-31")
            });
            if (level >= 3) {
                arrangements.add(new Object[] {
                    id, 1, UUID.randomUUID(), "INCIDENT_RESPONSE", "VT.VIETTEL-HUE", Date.valueOf("2025-07-01"), null
                });
                // Decree 85/2016 Art. 20: level 3+ assessed yearly by an organisation independent of the monitor
                arrangements.add(new Object[] {
                    id,
                    2,
                    UUID.randomUUID(),
                    "ASSESSMENT",
                    "DG.KIEMDINH-DEMO",
                    Date.valueOf("2026-01-01"),
                    Date.valueOf("2026-12-31")
                });
            }
            String dossier = lines.get(i)[10];
            if (!dossier.isBlank()) {
                var d = s.decision();
                dossiers.add(new Object[] {
                    s.code(),
                    1,
                    level,
                    "Thuyết minh đề xuất cấp độ theo Nghị định 85/2016/NĐ-CP",
                    dossier,
                    d == null ? null : "Thống nhất đề xuất cấp độ " + level,
                    d == null ? null : "demo",
                    d == null ? null : d.number(),
                    d == null ? null : Date.valueOf(d.date()),
                    d == null ? null : d.approverCode(),
                    now,
                    now
                });
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO systems.system_component (information_system, position, name, description, level)"
                        + " VALUES (?, ?, ?, ?, ?)",
                components);
        jdbc.batchUpdate(
                "INSERT INTO systems.network_asset (information_system, position, ref, kind, value) VALUES (?, ?, ?, ?, ?)",
                assets);
        jdbc.batchUpdate(
                "INSERT INTO systems.security_product (information_system, position, ref, product, vendor, category,"
                        + " origin, justification) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                products);
        jdbc.batchUpdate(
                "INSERT INTO systems.service_arrangement (information_system, position, ref, service, provider_code,"
                        + " valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arrangements);
        jdbc.batchUpdate(
                "INSERT INTO systems.level_dossier (system_code, number, proposed_level, justification, status,"
                        + " appraisal_opinion, appraised_by, decision_number, decision_date, decision_approver_code,"
                        + " created_at, changed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                dossiers);
    }

    private static LocalDate decisionDate(int i) {
        return LocalDate.of(2025, 3, 3).plusDays(i * 2L);
    }

    private static Integer integer(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    private static List<String[]> read() {
        var resource = new ClassPathResource("demo/systems-hue.csv");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";", -1))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
