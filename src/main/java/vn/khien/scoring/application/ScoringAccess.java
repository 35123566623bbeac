package vn.khien.scoring.application;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyScope;
import vn.khien.identity.Role;
import vn.khien.shared.ObjectNotFoundException;

/**
 * Who takes part in scoring (DESIGN.md §3): the coordinator manages campaigns and verifies; province-wide
 * readers (responders, observers) read every scorecard; agency users read their own agencies' and
 * officers submit for them. Assessors and providers have no part: 403 everywhere. Another agency's
 * scorecard or submission answers 404, as if it did not exist.
 */
@Component
class ScoringAccess {

    private final AccessPolicy policy;

    ScoringAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    Viewer viewer() {
        var current = policy.currentViewer();
        boolean coordinator = current.coordinator();
        boolean officer = current.holds(Role.AGENCY_OFFICER);
        Viewer viewer = new Viewer(
                current.scope(),
                coordinator,
                coordinator || current.holds(Role.RESPONDER, Role.OBSERVER),
                officer,
                current.holds(Role.AGENCY_OFFICER, Role.AGENCY_HEAD));
        if (!viewer.coordinator() && !viewer.provinceReader() && !viewer.agencyUser()) {
            throw new AccessDeniedException("scoring: not a participant");
        }
        return viewer;
    }

    record Viewer(AgencyScope scope, boolean coordinator, boolean provinceReader, boolean officer, boolean agencyUser) {

        boolean canSee(String agencyCode) {
            return scope.covers(agencyCode);
        }

        void requireVisible(String agencyCode) {
            if (!canSee(agencyCode)) {
                throw new ObjectNotFoundException("agency", agencyCode);
            }
        }

        boolean maySubmitFor(String agencyCode) {
            return coordinator || (officer && canSee(agencyCode));
        }

        void requireMaySubmit(String agencyCode) {
            requireVisible(agencyCode);
            if (!maySubmitFor(agencyCode)) {
                throw new AccessDeniedException("scoring: read-only for this user");
            }
        }

        void requireCoordinator() {
            if (!coordinator) {
                throw new AccessDeniedException("scoring: campaigns are the coordinator's");
            }
        }
    }
}
