package vn.khien.incidents.application;

import java.time.Instant;
import java.util.List;
import vn.khien.incidents.IncidentStatus;

/** Another incident with something in common: the same system and/or shared indicators ("IP 10.0.0.1"). */
public record SimilarIncident(
        String reference,
        String systemCode,
        IncidentStatus status,
        Instant reportedAt,
        boolean sameSystem,
        List<String> sharedIndicators) {}
