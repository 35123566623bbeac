package vn.khien.assessments.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.khien.assessments.NewFinding;
import vn.khien.assessments.Severity;

/**
 * The new-finding form of a campaign's page: a {@link NewFinding} with the agency it is about (an
 * assessment's page binds {@link NewFinding} itself, the assessment naming the agency).
 */
record FindingForm(
        String agencyCode,
        String systemCode,
        String title,
        String description,
        String requirementCode,
        Severity severity,
        String cvssVector,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

    static FindingForm empty() {
        return new FindingForm(null, null, null, null, null, Severity.MEDIUM, null, null);
    }

    /** An assessment page's finding form before anything is typed: medium severity. */
    static NewFinding blankFinding() {
        return new NewFinding(null, null, null, null, Severity.MEDIUM, null, null);
    }

    NewFinding toRequest() {
        return new NewFinding(systemCode, title, description, requirementCode, severity, cvssVector, dueOn);
    }
}
