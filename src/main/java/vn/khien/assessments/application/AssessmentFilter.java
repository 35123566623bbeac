package vn.khien.assessments.application;

import vn.khien.assessments.AssessmentStatus;
import vn.khien.shared.Years;

/** The list's filters; each is optional and backed by an index. */
public record AssessmentFilter(String agencyCode, String assessorCode, AssessmentStatus status, Integer year) {

    public AssessmentFilter {
        Years.requireInRange("year", year);
    }
}
