package vn.khien.assessments;

import java.util.UUID;

/** Findings handed down from outside the province (a national review), tracked as one campaign. */
public interface RemediationCampaigns {

    UUID create(String name, String source);

    UUID addFinding(UUID campaignId, String agencyCode, NewFinding finding);
}
