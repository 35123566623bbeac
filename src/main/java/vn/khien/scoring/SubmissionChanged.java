package vn.khien.scoring;

import vn.khien.shared.AuditableEvent;

/**
 * An agency submitted its self-assessment, or the coordinator set a criterion's points with a reason:
 * audited with what changed.
 *
 * @param change {@code submitted} or {@code verified}
 */
public record SubmissionChanged(long campaignId, String agencyCode, String change, String before, String after)
        implements AuditableEvent {

    @Override
    public String action() {
        return "scoring.submission." + change;
    }

    @Override
    public String objectType() {
        return "scoring-submission";
    }

    /** The campaign and the agency: one submission per agency and campaign. */
    @Override
    public String objectId() {
        return campaignId + "/" + agencyCode;
    }
}
