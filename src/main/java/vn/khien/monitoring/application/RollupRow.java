package vn.khien.monitoring.application;

import java.time.Instant;
import vn.khien.monitoring.AlertSeverity;

/** One roll-up in the console and the API: repeats of one alert within a window. */
public record RollupRow(
        long id,
        String systemCode,
        String ownerCode,
        String organisationCode,
        String tool,
        String ruleId,
        String ruleName,
        AlertSeverity severity,
        String srcIp,
        String dstIp,
        String hostname,
        long count,
        Instant firstSeen,
        Instant lastSeen,
        Instant promotedAt) {}
