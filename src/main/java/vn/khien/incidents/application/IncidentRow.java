package vn.khien.incidents.application;

import java.time.Instant;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.IncidentStatus;
import vn.khien.incidents.Tlp;

/** An incident in a list. */
public record IncidentRow(
        String reference,
        String agencyCode,
        String systemCode,
        String type,
        IncidentSeverity severity,
        Tlp tlp,
        IncidentStatus status,
        Instant detectedAt,
        Instant reportedAt) {}
