package vn.khien.assessments;

/** Who, besides the agencies owning the findings, takes part in following up a remediation campaign. */
public enum CampaignPartyKind {
    PROVINCIAL_POLICE,
    MINISTRY,
    NATIONAL_COORDINATOR,
    OTHER
}
