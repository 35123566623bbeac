package vn.khien.incidents.application;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Viewer;
import vn.khien.incidents.application.IncidentAccess.Standing;
import vn.khien.incidents.domain.Incident;
import vn.khien.incidents.domain.IncidentRepository;
import vn.khien.incidents.domain.TimelineEntry;
import vn.khien.incidents.domain.TimelineRepository;
import vn.khien.shared.ObjectNotFoundException;

/** Loads an incident for the current user: 404 when they may not know it, 403 when they may not act. */
@Component
class IncidentLoader {

    private final IncidentRepository incidents;
    private final TimelineRepository timeline;
    private final AccessPolicy access;

    IncidentLoader(IncidentRepository incidents, TimelineRepository timeline, AccessPolicy access) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.access = access;
    }

    /** The incident with the viewer's standing towards it; never a hidden one. */
    Loaded visible(String reference) {
        Viewer viewer = access.currentViewer();
        Incident incident = incidents.findByReference(reference).orElseThrow(() -> notFound(reference));
        Standing standing = IncidentAccess.standing(viewer, incident);
        if (standing == Standing.NONE) {
            throw notFound(reference);
        }
        return new Loaded(incident, viewer, standing);
    }

    /** For the response team's actions (transitions, classification, tasks, parties). */
    Loaded forTeam(String reference) {
        Loaded loaded = visible(reference);
        if (!IncidentAccess.team(loaded.viewer())) {
            throw new AccessDeniedException("incident handling is for the response team");
        }
        return loaded;
    }

    /** For contributions from the owner's side too (comments, files, indicators). */
    Loaded forContributor(String reference) {
        Loaded loaded = visible(reference);
        if (loaded.standing() != Standing.FULL) {
            throw new AccessDeniedException("only the owner's side and the team add to an incident");
        }
        return loaded;
    }

    /** Saves the incident, then appends what the change put on its timeline. */
    Incident save(Incident incident) {
        Incident saved = incidents.save(incident);
        timeline.saveAll(saved.takeNewTimelineEntries());
        return saved;
    }

    /** Appends one entry (and publishes its event) without saving, so without rewriting, the incident. */
    void append(TimelineEntry entry) {
        timeline.save(entry);
    }

    /** The incident's timeline in the order it was written. */
    List<TimelineEntry> timeline(Incident incident) {
        return timeline.findByIncidentOrderById(incident.id());
    }

    private static ObjectNotFoundException notFound(String reference) {
        return new ObjectNotFoundException("incident", reference);
    }

    record Loaded(Incident incident, Viewer viewer, Standing standing) {}
}
