package vn.khien.assessments;

import java.util.UUID;
import vn.khien.shared.AuditableEvent;

/** A remediation campaign was created or received findings. */
public record CampaignChanged(UUID campaignId, String change, String detail) implements AuditableEvent {

    @Override
    public String action() {
        return "assessments.campaign." + change;
    }

    @Override
    public String objectType() {
        return "campaign";
    }

    @Override
    public String objectId() {
        return String.valueOf(campaignId);
    }

    @Override
    public String after() {
        return detail;
    }
}
