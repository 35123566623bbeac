package vn.khien.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.khien.monitoring.AlertFormat;
import vn.khien.monitoring.AlertImport;
import vn.khien.systems.AssetKind;
import vn.khien.systems.MonitoredAsset;
import vn.khien.systems.SystemDirectory;

/**
 * Two days of alerts from the demo providers' sensors, written as Suricata EVE, Wazuh and CEF lines like
 * the real samples and sent through the real parsers and intake: scans and brute force against the
 * systems each provider serves, some against addresses no system claims, and a few broken lines.
 */
@Component
class MonitoringDemoData implements DemoDataset {

    private static final String[][] SIGNATURES = {
        {"2001219", "ET SCAN Potential SSH Scan", "2"},
        {"2010937", "ET SCAN Suspicious inbound to mySQL port 3306", "2"},
        {"2024364", "ET SCAN Possible Nmap User-Agent Observed", "3"},
        {"2019284", "ET ATTACK_RESPONSE Output of id command from HTTP server", "1"},
        {"2027865", "ET INFO Observed DNS Query to .cloud TLD", "3"},
    };
    private static final String[] ATTACKERS = {"185.220.101.4", "45.155.205.233", "103.145.13.76", "194.26.29.113"};

    private final AlertImport alerts;
    private final SystemDirectory systems;
    private final Clock clock;

    MonitoringDemoData(AlertImport alerts, SystemDirectory systems, Clock clock) {
        this.alerts = alerts;
        this.systems = systems;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        Random random = new Random(2026);
        Instant now = clock.instant();
        for (String provider : List.of("DV.GIAMSAT-DEMO", "VT.VNPT-HUE")) {
            List<MonitoredAsset> ranges = systems.monitoredAssets().stream()
                    .filter(a -> a.kind() == AssetKind.CIDR && a.servedBy().contains(provider))
                    .toList();
            if (ranges.isEmpty()) {
                continue;
            }
            List<String> eve = new ArrayList<>();
            List<String> wazuh = new ArrayList<>();
            for (int i = 0; i < 240; i++) {
                MonitoredAsset range = ranges.get(random.nextInt(ranges.size()));
                String target = host(range.value(), 10 + random.nextInt(40));
                String attacker = ATTACKERS[random.nextInt(ATTACKERS.length)];
                Instant at = now.minus(Duration.ofMinutes(random.nextInt(48 * 60)));
                String[] sig = SIGNATURES[random.nextInt(SIGNATURES.length)];
                eve.add(suricata(at, attacker, target, sig));
                if (i % 4 == 0) {
                    wazuh.add(wazuhSshd(at, attacker, target));
                }
            }
            eve.add(suricata(now.minusSeconds(600), ATTACKERS[0], "192.0.2.15", SIGNATURES[0]));
            eve.add("{\"timestamp\":\"broken");
            alerts.importLines(provider, AlertFormat.SURICATA_EVE, eve);
            alerts.importLines(provider, AlertFormat.WAZUH, wazuh);
        }
        alerts.promote(now);
    }

    private static String host(String cidr, int last) {
        String network = cidr.substring(0, cidr.indexOf('/'));
        return network.substring(0, network.lastIndexOf('.') + 1)
                + (cidr.endsWith("/32") ? network.substring(network.lastIndexOf('.') + 1) : last);
    }

    private String time(Instant at) {
        return OffsetDateTime.ofInstant(at, clock.getZone()).toString();
    }

    private String suricata(Instant at, String src, String dst, String[] sig) {
        return ("{\"timestamp\":\"%s\",\"flow_id\":%d,\"in_iface\":\"eth1\",\"event_type\":\"alert\",\"src_ip\":\"%s\","
                        + "\"src_port\":%d,\"dest_ip\":\"%s\",\"dest_port\":22,\"proto\":\"TCP\",\"alert\":{\"action\":\"allowed\","
                        + "\"gid\":1,\"signature_id\":%s,\"rev\":3,\"signature\":\"%s\",\"category\":\"Attempted Information Leak\","
                        + "\"severity\":%s},\"host\":\"sensor-hue-01\"}")
                .formatted(time(at), at.toEpochMilli(), src, 40000 + at.getNano() % 20000, dst, sig[0], sig[1], sig[2]);
    }

    private String wazuhSshd(Instant at, String src, String agentIp) {
        return ("{\"timestamp\":\"%s\",\"rule\":{\"level\":10,\"description\":\"sshd: brute force trying to get access to the system."
                        + " Non existent user.\",\"id\":\"5712\",\"frequency\":8,\"groups\":[\"syslog\",\"sshd\",\"authentication_failures\"]},"
                        + "\"agent\":{\"id\":\"001\",\"name\":\"srv-%s\",\"ip\":\"%s\"},\"manager\":{\"name\":\"wazuh-hue\"},"
                        + "\"full_log\":\"Failed password for invalid user admin from %s port 51022 ssh2\","
                        + "\"decoder\":{\"name\":\"sshd\"},\"data\":{\"srcip\":\"%s\",\"srcport\":\"51022\",\"srcuser\":\"admin\"},"
                        + "\"location\":\"/var/log/auth.log\"}")
                .formatted(time(at), agentIp.replace('.', '-'), agentIp, src, src);
    }
}
