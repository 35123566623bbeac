package vn.khien.scoring.application;

import org.springframework.stereotype.Component;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;
import vn.khien.shared.RowAccess;

/**
 * Who takes part in scoring (DESIGN.md §3): the coordinator manages campaigns and verifies; province-wide
 * readers (responders, observers) read every scorecard; agency users read their own agencies' and
 * officers submit for them ({@link Viewer#coordinatorOr}). Assessors and providers have no part: 403
 * everywhere. Another agency's scorecard or submission answers 404, as if it did not exist.
 */
@Component
class ScoringAccess {

    /** A scorecard, submission or evidence file is its agency's, named in {@code agency_code}. */
    static final RowAccess<Viewer, String> AGENCIES = Viewer.agencyRows("scoring", "agency_code");

    private final AccessPolicy policy;

    ScoringAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    /** The signed-in participant. */
    Viewer viewer() {
        return policy.currentViewer().requireParticipant("scoring");
    }

    /** 404 for an agency outside the viewer's scope, 403 for one it may read but not submit for. */
    Viewer submitter(String agencyCode) {
        Viewer viewer = viewer();
        AGENCIES.require(viewer, agencyCode, "agency", agencyCode);
        return viewer.requireCoordinatorOr(agencyCode, Role.AGENCY_OFFICER);
    }
}
