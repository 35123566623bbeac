/**
 * The programme registers of Directive 14/CT-TTg: IT plans and projects with their security budget
 * lines (the 10 % share), signing credentials (USB tokens, specialised certificates), the security
 * workforce with qualifications and training, telecom child-protection measures and attestations.
 *
 * <p>Owns: the {@code registers} schema, including the metadata of evidence files (the bytes are in the
 * shared file store). Publishes: {@link vn.khien.registers.ItPlanChanged}, {@link
 * vn.khien.registers.CredentialStatusChanged}, {@link vn.khien.registers.CredentialExpiring}, {@link
 * vn.khien.registers.StaffLeft}, {@link vn.khien.registers.AttestationAccepted} and audited change
 * events ({@link vn.khien.registers.RegisterChanged}). Offers no facade; publishes its facts for other
 * modules' SQL in {@link vn.khien.registers.facts.RegisterFacts} (named interface {@code facts}): IT plans
 * with their security budget, signing credentials, attestations, training hours per person and year, and
 * telecom measures, read by the compliance engine.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Programme registers",
        allowedDependencies = {"agencies", "identity", "systems", "shared"})
package vn.khien.registers;
