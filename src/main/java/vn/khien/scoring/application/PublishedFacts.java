package vn.khien.scoring.application;

/**
 * The read-only views of other modules that the automatic criteria count, each named once here so
 * that the switch to typed fact descriptors (the architecture issue) touches one line per view.
 */
final class PublishedFacts {

    /** code, owner_code, approved_level, level_approved_on, status, registered_on. */
    static final String SYSTEMS = "systems.published_system";

    /** code, name, kind, status, parent_code. */
    static final String AGENCIES = "agencies.published_agency";

    /** agency_code, role, valid_from, valid_to (exclusive). */
    static final String FOCAL_POINTS = "agencies.published_focal_point";

    /** system_code, completed_on: one row per completed assessment and system in its scope. */
    static final String ASSESSMENT_RESULTS = "assessments.published_assessment_result";

    private PublishedFacts() {}
}
