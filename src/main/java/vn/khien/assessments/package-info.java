/**
 * Assessments of information systems and the remediation of what they find (Decree 85/2016 Art. 20,
 * Directive 14/CT-TTg; DESIGN.md §4 item 4).
 *
 * <p>Owns: yearly assessment plans, assessments with their scope and workflow, the requirement
 * catalogue (TCVN 11930:2017 structure), findings with remediation, remediation campaigns, evidence
 * files and reports (metadata; bytes in the shared file store). Publishes: {@link
 * vn.khien.assessments.AssessmentCompleted}, {@link vn.khien.assessments.FindingRaised}, {@link
 * vn.khien.assessments.FindingClosed}, {@link vn.khien.assessments.RemediationOverdue} and audited
 * change events. Offers, as read-only SQL views for the compliance engine (stable columns):
 *
 * <ul>
 *   <li>{@code assessments.published_assessment_result}: {@code assessment_id uuid, system_code,
 *       agency_code} (the system's owner when the assessment was planned), {@code kind, periodic boolean,
 *       assessor_code, completed_on date, scope} ({@code SYSTEMS} or {@code WHOLE_ORGANISATION}, {@link
 *       vn.khien.assessments.AssessmentScope}) — one row per completed assessment and system in its scope;
 *   <li>{@code assessments.published_finding}: {@code finding_id uuid, agency_code, system_code}
 *       (nullable: agency-wide), {@code severity, status, due_on date, closed_on date, campaign_id uuid}
 *       (nullable), {@code risk_accepted_until date} (nullable);
 *   <li>{@code assessments.published_plan}: {@code plan_id uuid, agency_code, year integer, status}.
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Assessments",
        allowedDependencies = {"agencies", "identity", "systems", "shared"})
package vn.khien.assessments;
