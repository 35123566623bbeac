package vn.khien.assessments;

import java.util.UUID;

/** Names who else follows up a remediation campaign (e.g. the provincial police); coordinator only. */
public interface CampaignPartyRegister {

    UUID addParty(UUID campaignId, NewCampaignParty party);
}
