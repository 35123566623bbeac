package vn.khien.scoring;

import vn.khien.shared.AuditableEvent;

/**
 * A campaign was created or moved on (self-assessment opened or closed, published, corrected,
 * cancelled): audited, and a signal for modules that tell agencies about it.
 *
 * @param change {@code created}, {@code self-assessment-opened}, {@code self-assessment-closed},
 *     {@code published}, {@code corrected} or {@code cancelled}
 */
public record CampaignChanged(long campaignId, int year, CampaignState state, String change, String summary)
        implements AuditableEvent {

    @Override
    public String action() {
        return "scoring.campaign." + change;
    }

    @Override
    public String objectType() {
        return "scoring-campaign";
    }

    @Override
    public String objectId() {
        return Long.toString(campaignId);
    }

    @Override
    public String after() {
        return summary;
    }
}
