package vn.khien.monitoring.domain;

import static vn.khien.monitoring.domain.JsonFields.first;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.khien.monitoring.AlertSeverity;

/**
 * Any JSON event, read through a field mapping: for each normalised field, the dotted paths to try in
 * order. An event needs a rule id or a rule name.
 */
public final class GenericJsonParser implements AlertParser {

    /** The mapping used unless {@code khien.monitoring.generic.fields} says otherwise. */
    public static final Map<String, List<String>> DEFAULT_FIELDS = Map.ofEntries(
            Map.entry("time", List.of("timestamp", "@timestamp", "time", "event.created")),
            Map.entry("sensor", List.of("sensor", "observer.name", "host.name")),
            Map.entry("tool", List.of("tool", "observer.product", "event.module")),
            Map.entry("ruleId", List.of("ruleId", "rule.id", "rule_id", "event.code", "signature_id")),
            Map.entry("ruleName", List.of("ruleName", "rule.name", "signature", "message")),
            Map.entry("severity", List.of("severity", "event.severity", "level")),
            Map.entry("srcIp", List.of("srcIp", "source.ip", "src_ip", "srcip")),
            Map.entry("srcPort", List.of("srcPort", "source.port", "src_port")),
            Map.entry("dstIp", List.of("dstIp", "destination.ip", "dest_ip", "dst_ip", "dstip")),
            Map.entry("dstPort", List.of("dstPort", "destination.port", "dest_port", "dst_port")),
            Map.entry("protocol", List.of("protocol", "network.protocol", "proto")),
            Map.entry("hostname", List.of("hostname", "host.hostname", "host")),
            Map.entry("user", List.of("user", "user.name", "username")),
            Map.entry("domain", List.of("domain", "url.domain", "destination.domain")));

    private final Map<String, List<String>> fields;
    private final JsonPaths read;

    public GenericJsonParser(Map<String, List<String>> fields) {
        this.fields = fields.isEmpty() ? DEFAULT_FIELDS : fields;
        List<String> paths = new ArrayList<>();
        DEFAULT_FIELDS.keySet().forEach(field -> paths.addAll(paths(field)));
        this.read = new JsonPaths(paths);
    }

    @Override
    public ParseOutcome parse(String line) {
        JsonEvent event = JsonEvent.read(line, read);
        if (event == null) {
            return ParseOutcome.malformed("not a JSON object");
        }
        String ruleId = get(event, "ruleId");
        String ruleName = get(event, "ruleName");
        if (ruleId == null && ruleName == null) {
            return ParseOutcome.malformed("neither a rule id nor a rule name");
        }
        String tool = get(event, "tool");
        return ParseOutcome.of(new NormalisedAlert(
                EventTimes.parse(get(event, "time")),
                get(event, "sensor"),
                tool == null ? "generic" : CefParser.clip(tool, 100),
                CefParser.clip(ruleId == null ? ruleName : ruleId, 200),
                CefParser.clip(ruleName, 500),
                severity(get(event, "severity")),
                IpAddresses.normalise(get(event, "srcIp")),
                port(get(event, "srcPort")),
                IpAddresses.normalise(get(event, "dstIp")),
                port(get(event, "dstPort")),
                CefParser.clip(get(event, "protocol"), 40),
                CefParser.clip(get(event, "hostname"), 255),
                CefParser.clip(get(event, "user"), 200),
                CefParser.clip(get(event, "domain"), 255),
                line));
    }

    private String get(JsonEvent event, String field) {
        return first(event, paths(field).toArray(String[]::new));
    }

    private List<String> paths(String field) {
        return fields.getOrDefault(field, DEFAULT_FIELDS.getOrDefault(field, List.of()));
    }

    private static Integer port(String text) {
        Integer port = CefParser.number(text);
        return port != null && port <= 65535 ? port : null;
    }

    /** 1–4, or a word: info/low, medium/warning, high/error, critical. */
    static AlertSeverity severity(String text) {
        if (text == null) {
            return AlertSeverity.LOW;
        }
        Integer rank = CefParser.number(text);
        if (rank != null) {
            return AlertSeverity.ofRank(rank);
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "medium", "warning", "moderate" -> AlertSeverity.MEDIUM;
            case "high", "error", "major" -> AlertSeverity.HIGH;
            case "critical", "emergency", "alert", "fatal" -> AlertSeverity.CRITICAL;
            default -> AlertSeverity.LOW;
        };
    }
}
