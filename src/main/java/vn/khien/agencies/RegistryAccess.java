package vn.khien.agencies;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.khien.shared.RowAccess;

/**
 * What the signed-in user may see and do in the registry. Implemented by the identity module, which
 * knows users and scopes; the registry cannot depend on it (identity already depends on agencies).
 */
public interface RegistryAccess {

    /** Who sees an agency, by its {@code code}: every one, or the codes of {@link #visibleAgencies()}. */
    RowAccess<Optional<Set<String>>, String> AGENCIES = RowAccess.<Optional<Set<String>>, String>rows("agency")
            .everyRow(Optional::isEmpty)
            .column("code", code -> code, codes -> codes.orElse(Set.of()));

    /** Empty when the user sees every agency; otherwise the codes they may see (possibly none). */
    Optional<Set<String>> visibleAgencies();

    /** The coordinator's administration: registering agencies and changing their structure or status. */
    boolean mayAdminister();

    /** Keeping an agency's contacts and focal points: the coordinator, or an agency officer in scope. */
    boolean mayMaintain(String agencyCode);

    default boolean maySee(String agencyCode) {
        return AGENCIES.allows(visibleAgencies(), agencyCode);
    }

    /** The parameters of {@link #AGENCIES}'s SQL condition for the signed-in user. */
    default Map<String, Object> sqlParameters() {
        return AGENCIES.parameters(visibleAgencies());
    }
}
