package vn.khien.incidents;

import java.time.Instant;
import java.util.List;

/**
 * What the sharing module may publish of an incident: the response team reads it (404 for an incident
 * the caller does not see, 403 for anyone outside the team), and only the fields a STIX incident and its
 * indicators carry.
 */
public interface IncidentSharing {

    SharableIncident forSharing(String reference);

    record SharableIncident(
            String reference,
            String agencyCode,
            String typeCode,
            String summary,
            IncidentSeverity severity,
            Tlp tlp,
            IncidentStatus status,
            Instant detectedAt,
            Instant reportedAt,
            Instant closedAt,
            List<String> indicators) {}
}
