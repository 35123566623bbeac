/**
 * Assessments of information systems and the remediation of what they find (Decree 85/2016 Art. 20,
 * Directive 14/CT-TTg; DESIGN.md §4 item 4).
 *
 * <p>Owns: yearly assessment plans, assessments with their scope and workflow, the requirement
 * catalogue (TCVN 11930:2017 structure), findings with remediation, remediation campaigns, evidence
 * files and reports (metadata; bytes in the shared file store). Publishes: {@link
 * vn.khien.assessments.AssessmentCompleted}, {@link vn.khien.assessments.FindingRaised}, {@link
 * vn.khien.assessments.FindingClosed}, {@link vn.khien.assessments.RemediationOverdue} and audited
 * change events. Publishes its facts for other modules' SQL in {@link
 * vn.khien.assessments.facts.AssessmentFacts} (named interface {@code facts}): completed assessments, one
 * row per system in scope (read by the compliance engine), findings and plans.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Assessments",
        allowedDependencies = {"agencies", "identity", "systems", "shared"})
package vn.khien.assessments;
