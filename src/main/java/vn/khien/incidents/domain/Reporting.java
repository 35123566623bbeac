package vn.khien.incidents.domain;

import java.time.Instant;

/**
 * Who reports which system and when. {@code reporterIsUser} is false for a provider's tool (API token)
 * or the alert intake; {@code sourceRule} names the promotion rule when alerts opened the incident.
 */
public record Reporting(
        String reference,
        String agencyCode,
        String systemCode,
        String reporter,
        boolean reporterIsUser,
        String reporterOrganisation,
        Instant detectedAt,
        Instant now,
        String sourceRule) {}
