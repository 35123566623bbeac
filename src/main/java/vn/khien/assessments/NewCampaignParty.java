package vn.khien.assessments;

/**
 * A party to add to a remediation campaign (kind and name required; contact and its part optional). The
 * campaign page's form binds it directly.
 */
public record NewCampaignParty(CampaignPartyKind kind, String name, String contact, String responsibility) {}
