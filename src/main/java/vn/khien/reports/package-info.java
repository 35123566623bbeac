/**
 * Báo cáo: the reporting chain of Directive 14/CT-TTg as the province ordered it — each agency's annual
 * report on its assessment results to the coordinator (before 5 December) and the coordinator's
 * consolidated reports to the ministry (levels 3–4 before 14 December; level 5 before 14 June and 14
 * December).
 *
 * <p>Owns: the {@code reports} schema — reports with their versions, narrative sections, workflow (draft,
 * approved, submitted, returned) and the generated documents' hashes. Drafts each report from the other
 * modules' published {@code facts} as of a cut-off date and renders it through {@code shared.documents}
 * in the Decree 30/2020 layout. Submitting a report hands in the attestation that meets the reporting
 * obligation through registers' {@link vn.khien.registers.AttestationRegister}.
 * Publishes: {@link vn.khien.reports.ReportChanged} (audited).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reports",
        allowedDependencies = {
            "agencies",
            "agencies :: facts",
            "assessments",
            "assessments :: facts",
            "compliance",
            "identity",
            "incidents",
            "incidents :: facts",
            "registers",
            "registers :: facts",
            "scoring",
            "systems :: facts",
            "shared"
        })
package vn.khien.reports;
