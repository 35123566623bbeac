package vn.khien.scoring.application;

import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.assessments.facts.AssessmentFacts;
import vn.khien.systems.facts.SystemFacts;

/**
 * The read-only views of other modules that the automatic criteria count, named through the publishing
 * modules' fact descriptors (checked against the live views by their contract tests).
 */
final class PublishedFacts {

    /** code, owner_code, approved_level, level_approved_on, status, registered_on. */
    static final String SYSTEMS = SystemFacts.SYSTEM.name();

    /** code, name, kind, status, parent_code. */
    static final String AGENCIES = AgencyFacts.AGENCY.name();

    /** agency_code, role, valid_from, valid_to (exclusive). */
    static final String FOCAL_POINTS = AgencyFacts.FOCAL_POINT.name();

    /** system_code, completed_on: one row per completed assessment and system in its scope. */
    static final String ASSESSMENT_RESULTS = AssessmentFacts.ASSESSMENT_RESULT.name();

    /** agency_code, due_on, closed_on, risk_accepted_until: one row per finding. */
    static final String FINDINGS = AssessmentFacts.FINDING.name();

    private PublishedFacts() {}
}
