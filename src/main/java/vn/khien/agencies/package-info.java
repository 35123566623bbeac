/**
 * The registry of agencies and organisations taking part in the programme.
 *
 * <p>Owns: agencies with their kind and hierarchy (province → agency → unit). Publishes: {@link
 * vn.khien.agencies.AgencyRegistered}. Offers: {@link vn.khien.agencies.AgencyDirectory} to look
 * agencies up and to resolve an agency's subordinate units (used for access scopes).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies")
package vn.khien.agencies;
