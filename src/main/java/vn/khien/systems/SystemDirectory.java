package vn.khien.systems;

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
     * Every network asset of the systems not retired, with the system's owner, approved level and the
     * organisations that serve it: one query, for in-memory alert correlation.
     */
    List<MonitoredAsset> monitoredAssets();
}
