package vn.khien.incidents.application;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.incidents.IncidentSharing;

/** Reads an incident for the response team's share requests (sharing module). */
@Service
class IncidentsForSharing implements IncidentSharing {

    private final IncidentLoader loader;

    IncidentsForSharing(IncidentLoader loader) {
        this.loader = loader;
    }

    @Override
    @Transactional(readOnly = true)
    public SharableIncident forSharing(String reference) {
        var loaded = loader.visible(reference);
        if (!IncidentAccess.team(loaded.viewer())) {
            throw new AccessDeniedException("sharing an incident is for the response team");
        }
        var incident = loaded.incident();
        var classification = incident.classification();
        return new SharableIncident(
                incident.reference(),
                incident.agencyCode(),
                incident.report().typeCode(),
                incident.report().summary(),
                classification.severity(),
                classification.tlp(),
                incident.status(),
                incident.detectedAt(),
                incident.reportedAt(),
                incident.milestones().closedAt(),
                incident.coordination().indicators().stream()
                        .map(i -> i.value())
                        .toList());
    }
}
