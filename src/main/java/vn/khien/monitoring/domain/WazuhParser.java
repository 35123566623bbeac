package vn.khien.monitoring.domain;

import static vn.khien.monitoring.domain.JsonFields.first;
import static vn.khien.monitoring.domain.JsonFields.integer;
import static vn.khien.monitoring.domain.JsonFields.port;
import static vn.khien.monitoring.domain.JsonFields.text;

import vn.khien.monitoring.AlertSeverity;

/** Wazuh's alerts.json: one alert object per line, with {@code rule.id}, {@code rule.level} 0–15. */
public final class WazuhParser implements AlertParser {

    private static final JsonPaths READ = JsonPaths.of(
            "timestamp",
            "manager.name",
            "decoder.name",
            "rule.id",
            "rule.description",
            "rule.level",
            "agent.ip",
            "agent.name",
            "predecoder.hostname",
            "data.srcip",
            "data.srcport",
            "data.dstip",
            "data.dstport",
            "data.protocol",
            "data.dstuser",
            "data.srcuser",
            "data.win.eventdata.targetUserName",
            "data.url");

    @Override
    public ParseOutcome parse(String line) {
        JsonEvent event = JsonEvent.read(line, READ);
        if (event == null) {
            return ParseOutcome.malformed("not a JSON object");
        }
        String ruleId = text(event, "rule.id");
        if (ruleId == null) {
            return ParseOutcome.malformed("no rule.id");
        }
        Integer level = integer(event, "rule.level");
        String agentIp = IpAddresses.normalise(text(event, "agent.ip"));
        String dstIp = IpAddresses.normalise(text(event, "data.dstip"));
        return ParseOutcome.of(new NormalisedAlert(
                EventTimes.parse(text(event, "timestamp")),
                first(event, "manager.name", "decoder.name"),
                "wazuh",
                ruleId,
                text(event, "rule.description"),
                severity(level),
                IpAddresses.normalise(text(event, "data.srcip")),
                port(event, "data.srcport"),
                dstIp != null ? dstIp : agentIp,
                port(event, "data.dstport"),
                text(event, "data.protocol"),
                first(event, "agent.name", "predecoder.hostname"),
                first(event, "data.dstuser", "data.srcuser", "data.win.eventdata.targetUserName"),
                text(event, "data.url"),
                line));
    }

    /** Wazuh rule levels: 0–3 low, 4–7 medium, 8–11 high, 12–15 critical (Wazuh "rules classification"). */
    static AlertSeverity severity(Integer level) {
        if (level == null || level < 4) {
            return AlertSeverity.LOW;
        }
        return level < 8 ? AlertSeverity.MEDIUM : level < 12 ? AlertSeverity.HIGH : AlertSeverity.CRITICAL;
    }
}
