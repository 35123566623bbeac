package vn.khien.assessments.application;

import java.util.UUID;
import vn.khien.assessments.FindingStatus;
import vn.khien.assessments.Severity;

/** The finding list's filters (the board links here); each optional and backed by an index. */
public record FindingFilter(
        String agencyCode,
        String systemCode,
        Severity severity,
        FindingStatus status,
        UUID assessmentId,
        UUID campaignId,
        Boolean overdue) {

    public static FindingFilter ofAssessment(UUID id) {
        return new FindingFilter(null, null, null, null, id, null, null);
    }
}
