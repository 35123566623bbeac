package vn.khien.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khien.systems.AssetKind;
import vn.khien.systems.DossierStatus;
import vn.khien.systems.MonitoringMethod;
import vn.khien.systems.ProductOrigin;
import vn.khien.systems.ServiceKind;
import vn.khien.systems.SystemBulkImport;
import vn.khien.systems.SystemDetails;
import vn.khien.systems.SystemParts;
import vn.khien.systems.SystemType;

/**
 * The information systems of the demo province (Huế) from {@code demo/systems-hue.csv}: systems go
 * through {@link SystemBulkImport} (checked and audited like a real import), then their components,
 * assets, products, arrangements and dossiers in batches, in the same transaction.
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
    private final SystemBulkImport importer;
    private final TransactionTemplate transaction;

    SystemDemoData(SystemBulkImport importer, TransactionTemplate transaction) {
        this.importer = importer;
        this.transaction = transaction;
    }

    @Override
    public int order() {
        return 30;
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
            importer.importParts(parts(lines, systems));
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

    /** The parts of each system, derived from its row and position so that the CSV stays readable. */
    private static List<SystemParts> parts(List<String[]> lines, List<SystemDetails> systems) {
        List<SystemParts> parts = new ArrayList<>();
        for (int i = 0; i < systems.size(); i++) {
            var s = systems.get(i);
            int level = s.approvedLevel() != null ? s.approvedLevel() : s.proposedLevel();
            List<SystemDetails.ComponentLine> components = new ArrayList<>();
            if (level >= 3 || s.code().equals("HUE.PORTAL")) {
                // the portal's user database is level 3 while the portal was approved at 2: the page warns
                components.add(
                        new SystemDetails.ComponentLine("Ứng dụng và cổng giao tiếp", "Máy chủ ứng dụng, web", level));
                components.add(new SystemDetails.ComponentLine("Cơ sở dữ liệu", "Máy chủ cơ sở dữ liệu và sao lưu", 3));
            }
            String slug = s.code().toLowerCase().replace('.', '-');
            // the data centre's range holds the Hue-S platform: the overlap report shows it
            String range = s.code().equals("HUE.TTDL")
                    ? "10.57.200.0/22"
                    : s.code().equals("HUE.IOC") ? "10.57.201.0/24" : "10.57." + (i + 1) + ".0/24";
            List<SystemParts.Asset> assets = new ArrayList<>();
            assets.add(new SystemParts.Asset(AssetKind.CIDR, range));
            if (s.type() == SystemType.CITIZEN_SERVICE) {
                assets.add(new SystemParts.Asset(AssetKind.CIDR, "203.0.113." + (i % 250 + 1) + "/32"));
                assets.add(new SystemParts.Asset(AssetKind.HOSTNAME, slug + ".hue.gov.vn"));
            }
            String[] domestic = DOMESTIC[i % DOMESTIC.length];
            List<SystemParts.Product> products = new ArrayList<>();
            products.add(new SystemParts.Product(domestic[0], domestic[1], domestic[2], ProductOrigin.DOMESTIC, null));
            if (i % 4 == 0) {
                String[] foreign = FOREIGN[i % FOREIGN.length];
                products.add(new SystemParts.Product(
                        foreign[0], foreign[1], foreign[2], ProductOrigin.FOREIGN, FOREIGN_REASON));
            }
            String provider = i % 3 == 0 ? "DV.GIAMSAT-DEMO" : i % 3 == 1 ? "VT.VNPT-HUE" : null;
            List<SystemParts.Arrangement> arrangements = new ArrayList<>();
            arrangements.add(new SystemParts.Arrangement(
                    ServiceKind.MONITORING, provider, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
            if (level >= 3) {
                arrangements.add(new SystemParts.Arrangement(
                        ServiceKind.INCIDENT_RESPONSE, "VT.VIETTEL-HUE", LocalDate.of(2025, 7, 1), null));
                // Decree 85/2016 Art. 20: level 3+ assessed yearly by an organisation independent of the monitor
                arrangements.add(new SystemParts.Arrangement(
                        ServiceKind.ASSESSMENT,
                        "DG.KIEMDINH-DEMO",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31)));
            }
            List<SystemParts.Dossier> dossiers = new ArrayList<>();
            String dossier = lines.get(i)[10];
            if (!dossier.isBlank()) {
                var d = s.decision();
                dossiers.add(new SystemParts.Dossier(
                        level,
                        "Thuyết minh đề xuất cấp độ theo Nghị định 85/2016/NĐ-CP",
                        DossierStatus.valueOf(dossier),
                        d == null ? null : "Thống nhất đề xuất cấp độ " + level,
                        d == null ? null : "demo",
                        d));
            }
            parts.add(new SystemParts(s.code(), components, assets, products, arrangements, dossiers));
        }
        return parts;
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
