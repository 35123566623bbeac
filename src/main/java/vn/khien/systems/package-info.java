/**
 * The inventory of information systems and their security levels.
 *
 * <p>Owns: information systems with their components, network assets, security products, service
 * arrangements and connection to the national monitoring centre; level dossiers with their
 * attachments. Publishes: {@link vn.khien.systems.SystemRegistered}, {@link
 * vn.khien.systems.SystemLevelApproved}, {@link vn.khien.systems.ServiceArrangementChanged}, {@link
 * vn.khien.systems.SystemRetired} and audited change events. Offers: {@link
 * vn.khien.systems.SystemDirectory} to look systems up by code or by network address, and its facts for
 * other modules' SQL in {@link vn.khien.systems.facts.SystemFacts} (named interface {@code facts}):
 * systems, service arrangements, security products and level dossiers.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Information systems",
        allowedDependencies = {"agencies", "identity", "shared"})
package vn.khien.systems;
