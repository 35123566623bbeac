package vn.khien.monitoring.domain;

import java.time.Instant;
import vn.khien.monitoring.AlertSeverity;

/**
 * One alert in the shape every tool's output is brought to. {@code domain} is a name the event is
 * about (an HTTP host, a TLS server name, a DNS query), used to find the system when no address
 * matches. Fields a tool does not give are null.
 */
public record NormalisedAlert(
        Instant eventTime,
        String sensor,
        String tool,
        String ruleId,
        String ruleName,
        AlertSeverity severity,
        String srcIp,
        Integer srcPort,
        String dstIp,
        Integer dstPort,
        String protocol,
        String hostname,
        String user,
        String domain,
        String raw) {

    /** The same alert at another severity (a threat indicator matched it). */
    public NormalisedAlert withSeverity(AlertSeverity level) {
        return new NormalisedAlert(
                eventTime, sensor, tool, ruleId, ruleName, level, srcIp, srcPort, dstIp, dstPort, protocol, hostname,
                user, domain, raw);
    }
}
