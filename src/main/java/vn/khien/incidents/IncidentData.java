package vn.khien.incidents;

import java.time.Instant;

/**
 * A report as the form or the API sends it (DESIGN.md §8: systemCode, detectedAt, type, summary,
 * severity, tlp; the rest of Form 03 optional). {@code beyondCapacity}: the owner cannot cope alone.
 */
public record IncidentData(
        String systemCode,
        Instant detectedAt,
        String type,
        String summary,
        String symptoms,
        String scope,
        String actionsTaken,
        String supportNeeded,
        String contactName,
        String contactPhone,
        String contactEmail,
        IncidentSeverity severity,
        Impact impact,
        Tlp tlp,
        Pap pap,
        boolean beyondCapacity) {}
