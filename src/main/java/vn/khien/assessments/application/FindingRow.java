package vn.khien.assessments.application;

import java.time.LocalDate;
import java.util.UUID;
import vn.khien.assessments.FindingStatus;
import vn.khien.assessments.Severity;

/**
 * A finding in a list, and in the API. {@code overdue}: still awaiting remediation after its due date;
 * {@code agencyName}: the agency's name as people read it (its code when unknown).
 */
public record FindingRow(
        UUID id,
        UUID assessmentId,
        UUID campaignId,
        String agencyCode,
        String systemCode,
        String title,
        String requirementCode,
        Severity severity,
        String cvssVector,
        FindingStatus status,
        String remediationOwner,
        LocalDate dueOn,
        LocalDate closedOn,
        LocalDate riskAcceptedUntil,
        boolean overdue,
        String agencyName) {

    FindingRow named(java.util.Map<String, String> names) {
        return new FindingRow(
                id,
                assessmentId,
                campaignId,
                agencyCode,
                systemCode,
                title,
                requirementCode,
                severity,
                cvssVector,
                status,
                remediationOwner,
                dueOn,
                closedOn,
                riskAcceptedUntil,
                overdue,
                names.getOrDefault(agencyCode, agencyCode));
    }
}
