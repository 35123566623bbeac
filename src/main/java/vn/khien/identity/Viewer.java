package vn.khien.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The signed-in person or machine, looked up once per request: roles, agency scope, the name its actions
 * are recorded under, and the organisation it acts for. Modules declare who owns their rows with {@link
 * vn.khien.shared.RowAccess} over this type, and decide actions with the methods below.
 *
 * @param person signed in as a person (not an API token)
 */
public record Viewer(Set<Role> roles, AgencyScope scope, String actor, String organisation, boolean person) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean holds(Role... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }

    public boolean coordinator() {
        return roles.contains(Role.COORDINATOR_ADMIN);
    }

    public boolean seesEveryAgency() {
        return scope.allAgencies();
    }

    /** Holds one of the roles, province-wide or for this agency. */
    public boolean actsFor(String agencyCode, Role... any) {
        return actsFor(agencyCode, List.of(any));
    }

    public boolean actsFor(String agencyCode, Collection<Role> any) {
        return any.stream()
                .anyMatch(r ->
                        roles.contains(r) && (r.provinceWide() || (agencyCode != null && scope.covers(agencyCode))));
    }

    /** The coordinator, who decides for every agency, or one of the roles for this agency. */
    public boolean coordinatorOr(String agencyCode, Role... any) {
        return coordinator() || actsFor(agencyCode, any);
    }

    /** The agencies of a limited scope, for a viewer holding one of the roles (else none): an owner column's codes. */
    public Set<String> agenciesAs(Role... any) {
        return holds(any) ? scope.agencyCodes() : Set.of();
    }

    /** The viewer's own organisation as an owner column's codes: a party, a reporter's organisation. */
    public Set<String> ownOrganisation() {
        return organisation == null || organisation.isBlank() ? Set.of() : Set.of(organisation);
    }

    /** The viewer's name as an owner column's codes: a reporter, a person named on a row. */
    public Set<String> self() {
        return Set.of(actor);
    }
}
