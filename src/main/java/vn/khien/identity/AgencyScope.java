package vn.khien.identity;

import java.util.Set;

/** The agencies a user may see: all of them, or a fixed set of agency codes. */
public record AgencyScope(boolean allAgencies, Set<String> agencyCodes) {

    public static final AgencyScope ALL = new AgencyScope(true, Set.of());
    public static final AgencyScope NONE = new AgencyScope(false, Set.of());

    public AgencyScope {
        agencyCodes = Set.copyOf(agencyCodes);
    }

    public boolean covers(String agencyCode) {
        return allAgencies || agencyCodes.contains(agencyCode);
    }
}
