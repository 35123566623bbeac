/**
 * Đánh giá, xếp hạng: the yearly criteria-based evaluation of agencies and the published ranking
 * (Directive 14/CT-TTg as ordered by the province; DESIGN.md §4 item 8).
 *
 * <p>Owns: the {@code scoring} schema — versioned criteria sets (YAML under {@code scoring/criteria-sets},
 * versions kept in the database, frozen once a campaign uses them), campaigns, agencies'
 * self-assessments with the coordinator's verification, and the published versions (canonical snapshot
 * with its SHA-256, append-only). Reads, as of a campaign's cut-off date: compliance's {@link
 * vn.khien.compliance.ObligationTallies}, the agencies' {@link vn.khien.agencies.AgencyDirectory}, and
 * the published views of systems, agencies (focal points) and assessments (results, findings) through
 * their {@code facts} descriptors. Also owns the province's national assessment results by year; their
 * findings are followed up as a remediation campaign opened through {@link
 * vn.khien.assessments.RemediationCampaigns}.
 * Publishes: {@link vn.khien.scoring.CampaignChanged}, {@link vn.khien.scoring.SubmissionChanged} and
 * {@link vn.khien.scoring.CriteriaSetStored} and {@link vn.khien.scoring.NationalResultChanged} (all audited), and
 * {@link vn.khien.scoring.SelfAssessmentOpened} and {@link vn.khien.scoring.EvidenceRequested} (notify the
 * agencies' users). Keeps the evidence files' metadata (the bytes in the shared file store) and implements
 * compliance's {@link vn.khien.compliance.DatedDuties} port (the closing date in the calendar). Offers:
 * {@link vn.khien.scoring.ScoringCampaigns}
 * (create, open, submit, close, publish — used by the demo province), and to everyone without sign-in
 * the published rankings at {@code /xep-hang} and {@code /api/public/v1/rankings}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Scoring and ranking",
        allowedDependencies = {
            "agencies",
            "agencies :: facts",
            "assessments",
            "assessments :: facts",
            "compliance",
            "identity",
            "systems :: facts",
            "shared"
        })
package vn.khien.scoring;
