package vn.khien.assessments.application;

import java.util.List;

/** A finding's page: the finding, its description and remediation texts, evidence and open steps. */
public record FindingView(
        FindingRow finding,
        String description,
        String remediationPlan,
        String fixNote,
        String riskReason,
        String raisedBy,
        String agencyName,
        List<EvidenceFile> evidence,
        Actions actions) {

    public record Actions(
            boolean planRemediation, boolean claimFixed, boolean verify, boolean acceptRisk, boolean attach) {}
}
