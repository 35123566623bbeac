package vn.khien.agencies;

import java.util.Optional;
import java.util.Set;

/**
 * What the signed-in user may see and do in the registry. Implemented by the identity module, which
 * knows users and scopes; the registry cannot depend on it (identity already depends on agencies).
 */
public interface RegistryAccess {

    /** Empty when the user sees every agency; otherwise the codes they may see (possibly none). */
    Optional<Set<String>> visibleAgencies();

    /** The coordinator's administration: registering agencies and changing their structure or status. */
    boolean mayAdminister();

    /** Keeping an agency's contacts and focal points: the coordinator, or an agency officer in scope. */
    boolean mayMaintain(String agencyCode);

    default boolean maySee(String agencyCode) {
        return visibleAgencies().map(codes -> codes.contains(agencyCode)).orElse(true);
    }
}
