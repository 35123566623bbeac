package vn.khien.monitoring.domain;

import static vn.khien.monitoring.domain.JsonFields.first;
import static vn.khien.monitoring.domain.JsonFields.integer;
import static vn.khien.monitoring.domain.JsonFields.port;
import static vn.khien.monitoring.domain.JsonFields.text;

import vn.khien.monitoring.AlertSeverity;

/**
 * Suricata EVE JSON. Alerts carry a signature id and a severity 1 (highest) to 3; the context events
 * (flow, dns, http, tls, …) are kept as low-severity records named by their event type, so that the
 * console shows what happened around an alert.
 */
public final class SuricataEveParser implements AlertParser {

    private static final JsonPaths READ = JsonPaths.of(
            "timestamp",
            "event_type",
            "host",
            "in_iface",
            "alert.signature_id",
            "alert.signature",
            "alert.severity",
            "src_ip",
            "src_port",
            "dest_ip",
            "dst_ip",
            "dest_port",
            "app_proto",
            "proto",
            "smb.ntlmssp.user",
            "krb5.cname",
            "ftp.user",
            "http.hostname",
            "tls.sni",
            "dns.rrname");

    @Override
    public ParseOutcome parse(String line) {
        JsonEvent event = JsonEvent.read(line, READ);
        if (event == null) {
            return ParseOutcome.malformed("not a JSON object");
        }
        String type = text(event, "event_type");
        if (type == null) {
            return ParseOutcome.malformed("no event_type");
        }
        boolean alert = type.equals("alert");
        String ruleId = alert ? text(event, "alert.signature_id") : type;
        if (ruleId == null) {
            return ParseOutcome.malformed("alert without alert.signature_id");
        }
        return ParseOutcome.of(new NormalisedAlert(
                EventTimes.parse(text(event, "timestamp")),
                first(event, "host", "in_iface"),
                "suricata",
                ruleId,
                alert ? text(event, "alert.signature") : type,
                alert ? severity(integer(event, "alert.severity")) : AlertSeverity.LOW,
                IpAddresses.normalise(text(event, "src_ip")),
                port(event, "src_port"),
                IpAddresses.normalise(first(event, "dest_ip", "dst_ip")),
                port(event, "dest_port"),
                first(event, "app_proto", "proto"),
                text(event, "host"),
                first(event, "smb.ntlmssp.user", "krb5.cname", "ftp.user"),
                first(event, "http.hostname", "tls.sni", "dns.rrname"),
                line));
    }

    /** Suricata's priority 1 is its highest; 1 → high, 2 → medium, 3 and below → low. */
    static AlertSeverity severity(Integer priority) {
        if (priority == null || priority >= 3) {
            return AlertSeverity.LOW;
        }
        return priority <= 1 ? AlertSeverity.HIGH : AlertSeverity.MEDIUM;
    }
}
