package vn.khien.systems;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Looks systems up for other modules. It answers for the whole province and checks no access: a
 * caller acting for a user filters the answer by that user's scope.
 */
public interface SystemDirectory {

    Optional<SystemSummary> find(String code);

    /**
     * Codes of the systems whose CIDR assets contain the address (used to map alerts to systems); empty
     * for an unknown or malformed address.
     */
    List<String> systemsForAddress(String ipAddress);

    /**
     * The service arrangements of the given systems (every service, every period), in one query; used
     * to check an assessor's independence from the systems' monitoring and protection providers.
     */
    List<ServiceProvision> provisionsFor(Collection<String> systemCodes);

    /**
     * Security products on the agency's systems that are at approved level 3 or above or serve
     * e-government (retired systems left out), by system and product name; one query.
     */
    List<KeySystemProduct> keySystemProducts(String ownerCode);
}
