/**
 * The programme registers of Directive 14/CT-TTg: IT plans and projects with their security budget
 * lines (the 10 % share), signing credentials (USB tokens, specialised certificates), the security
 * workforce with qualifications and training, telecom child-protection measures and attestations.
 *
 * <p>Owns: the {@code registers} schema, including the metadata of evidence files (the bytes are in the
 * shared file store). Publishes: {@link vn.khien.registers.ItPlanChanged}, {@link
 * vn.khien.registers.CredentialStatusChanged}, {@link vn.khien.registers.CredentialExpiring}, {@link
 * vn.khien.registers.StaffLeft}, {@link vn.khien.registers.AttestationAccepted} and audited change
 * events ({@link vn.khien.registers.RegisterChanged}). Offers no facade; the compliance engine reads these
 * read-only views, which are kept stable:
 *
 * <ul>
 *   <li>{@code registers.published_it_plan} (plan_id, agency_code, kind ANNUAL/FIVE_YEAR/PROJECT, year_from,
 *       year_to, total_budget, security_budget — both NUMERIC VND, exception_status
 *       NONE/DECLARED/ACCEPTED/REJECTED, exception_reason);
 *   <li>{@code registers.published_credential} (credential_id, agency_code, holder_name, status, valid_to,
 *       revocation_flagged boolean);
 *   <li>{@code registers.published_attestation} (attestation_id, agency_code, kind, attested_on, status
 *       SUBMITTED/ACCEPTED/REJECTED, decided_on);
 *   <li>{@code registers.published_training_hours} (agency_code, staff_id, year, hours, target_hours): one
 *       row per person and year served, 0 hours when nothing was attended;
 *   <li>{@code registers.published_telecom_measure} (agency_code, measure, since, evidence_present boolean:
 *       a document reference or an uploaded evidence file).
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Programme registers",
        allowedDependencies = {"agencies", "identity", "systems", "shared"})
package vn.khien.registers;
