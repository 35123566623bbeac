package vn.khien.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import vn.khien.shared.RowAccess;

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

    /**
     * Rows that name one agency in {@code column} (a register entry, a scorecard, a dead letter): seen by
     * whoever has that agency in scope, whatever their role; {@code name} prefixes the parameters.
     */
    public static RowAccess<Viewer, String> agencyRows(String name, String column) {
        return RowAccess.<Viewer, String>rows(name)
                .everyRow(Viewer::seesEveryAgency)
                .column(
                        column,
                        agencyCode -> agencyCode,
                        viewer -> viewer.scope().agencyCodes());
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

    /** 403 unless {@code allowed}: the viewer may see the object (else 404 first) but not do this to it. */
    public Viewer require(boolean allowed, String action) {
        if (!allowed) {
            throw new AccessDeniedException(action);
        }
        return this;
    }

    /** 403 unless the viewer takes part in the programme: assessors and providers do not ({@link Role#PROGRAMME_PARTICIPANTS}). */
    public Viewer requireParticipant(String area) {
        return require(
                roles.stream().map(Role::name).anyMatch(Role.PROGRAMME_PARTICIPANTS::contains),
                area + ": not a participant");
    }

    /** Decisions only the coordinator takes (exceptions, attestations, campaigns): 403 for anyone else. */
    public Viewer requireCoordinator() {
        return require(coordinator(), "the coordinator's decision");
    }

    /** 403 unless {@link #coordinatorOr}: the coordinator, or one of the roles for this agency. */
    public Viewer requireCoordinatorOr(String agencyCode, Role... any) {
        return require(coordinatorOr(agencyCode, any), "not allowed for " + agencyCode);
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
