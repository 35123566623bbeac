/**
 * The registry of agencies and organisations taking part in the programme.
 *
 * <p>Owns: agencies with their kind and hierarchy (province → agency → unit), and the dated terms of
 * their heads and focal points. Publishes: {@link vn.khien.agencies.AgencyRegistered}. Offers: {@link
 * vn.khien.agencies.AgencyDirectory} to look agencies up and to resolve an agency's subordinate units
 * (used for access scopes), and {@link vn.khien.agencies.AccountableHeads}: who headed an agency on a day.
 * Publishes its facts for other modules' SQL in {@link vn.khien.agencies.facts.AgencyFacts} (named
 * interface {@code facts}): agencies and focal points.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Agencies",
        allowedDependencies = {"shared"})
package vn.khien.agencies;
