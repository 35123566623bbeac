package vn.khien.incidents.application;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.khien.incidents.application.IncidentAccess.Standing;
import vn.khien.incidents.application.IncidentAccess.Viewer;
import vn.khien.incidents.domain.Incident;
import vn.khien.incidents.domain.IncidentRepository;
import vn.khien.shared.ObjectNotFoundException;

/** Loads an incident for the current user: 404 when they may not know it, 403 when they may not act. */
@Component
class IncidentLoader {

    private final IncidentRepository incidents;
    private final IncidentAccess access;

    IncidentLoader(IncidentRepository incidents, IncidentAccess access) {
        this.incidents = incidents;
        this.access = access;
    }

    /** The incident with the viewer's standing towards it; never a hidden one. */
    Loaded visible(String reference) {
        Viewer viewer = access.viewer();
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
        if (!loaded.viewer().team()) {
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

    Incident save(Incident incident) {
        return incidents.save(incident);
    }

    private static ObjectNotFoundException notFound(String reference) {
        return new ObjectNotFoundException("incident", reference);
    }

    record Loaded(Incident incident, Viewer viewer, Standing standing) {}
}
