/**
 * Sharing with the national monitoring centre and peers (DESIGN.md §4 item 7): the province's incidents,
 * indicators and sightings as STIX 2.1 objects marked with TLP 2.0, served over TAXII 2.1 at {@code
 * /taxii2/} with API roots per trust group and per-collection grants, and the coordinator's review
 * before anything leaves.
 *
 * <p>Owns: API roots, collections and their grants, the stored STIX objects with their versions, TAXII
 * status resources, the outbound review queue. Publishes: {@link vn.khien.sharing.SharingChanged} for
 * every change. Offers: {@link vn.khien.sharing.NationalExchange} (layer 4: whether the exchange with the
 * national centre works). Implements monitoring's port {@link vn.khien.monitoring.ThreatIndicators} with
 * the received indicators held in memory, and reads their sightings through
 * {@link vn.khien.monitoring.IndicatorSightings}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Sharing",
        allowedDependencies = {"agencies", "agencies :: facts", "identity", "incidents", "monitoring", "shared"})
package vn.khien.sharing;
