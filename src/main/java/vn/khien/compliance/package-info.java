/**
 * The compliance engine: turns the directive and the decrees into a live list of what each agency and
 * system must do, by when, and whether it is done.
 *
 * <p>Owns: versioned policy packs (YAML under {@code compliance/packs}, versions kept in the database),
 * dated authorities, rule kinds, obligations and waivers. Reads other modules' facts only through
 * their published read-only views ({@code <schema>.published_*}), one SQL statement per rule over the
 * whole province; a rule whose view does not exist yet is "not evaluated", never met. Publishes:
 * {@link vn.khien.compliance.WaiverGranted}. Offers: {@link vn.khien.compliance.ObligationStatus}
 * and {@link vn.khien.compliance.SubjectType} as API values.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance")
package vn.khien.compliance;
