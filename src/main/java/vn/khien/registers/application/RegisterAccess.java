package vn.khien.registers.application;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyScope;
import vn.khien.identity.Role;
import vn.khien.shared.ObjectNotFoundException;

/**
 * Who sees and changes which agency's registers (DESIGN.md §3). Province-wide roles read everything;
 * others read the agencies of their scope. Agency officers keep their own agencies' registers; the
 * coordinator keeps any and alone decides exceptions and attestations. The same rule exists for one
 * entry (Java) and as an SQL condition for lists and exports.
 */
@Component
class RegisterAccess {

    private final AccessPolicy policy;

    RegisterAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    Viewer viewer() {
        return new Viewer(
                policy.currentScope(),
                policy.currentUserHas(Role.COORDINATOR_ADMIN),
                policy.currentUserHas(Role.AGENCY_OFFICER));
    }

    /** The SQL condition "the agency code in this column is visible"; parameters from {@link #sqlParameters()}. */
    static String visible(String column) {
        return "(:seeAll OR " + column + " = ANY(:scope))";
    }

    /**
     * The list parameters, refusing with 404 a filter on an agency the user may not see (a list or export
     * "of" a hidden agency must not answer differently from an unknown one).
     */
    Map<String, Object> sqlParameters(String agencyFilter) {
        String agency = Problems.clean(agencyFilter);
        if (agency != null && !policy.currentScope().covers(agency)) {
            throw new ObjectNotFoundException("agency", agency);
        }
        var params = sqlParameters();
        params.put("agency", agency);
        return params;
    }

    Map<String, Object> sqlParameters() {
        AgencyScope scope = policy.currentScope();
        Map<String, Object> params = new HashMap<>();
        params.put("seeAll", scope.allAgencies());
        params.put("scope", scope.agencyCodes().toArray(String[]::new));
        return params;
    }

    record Viewer(AgencyScope scope, boolean coordinator, boolean officer) {

        boolean canSee(String agencyCode) {
            return scope.covers(agencyCode);
        }

        /** 404 for an entry of an agency this user may not know about. */
        void requireVisible(String type, Object id, String agencyCode) {
            if (!canSee(agencyCode)) {
                throw new ObjectNotFoundException(type, String.valueOf(id));
            }
        }

        boolean canEdit(String agencyCode) {
            return coordinator || (officer && scope.covers(agencyCode));
        }

        /** 404 when not visible (never reveal existence), 403 when visible but read-only. */
        void requireEditable(String type, Object id, String agencyCode) {
            requireVisible(type, id, agencyCode);
            if (!canEdit(agencyCode)) {
                throw new AccessDeniedException("registers: read-only for this user");
            }
        }

        void requireCoordinator() {
            if (!coordinator) {
                throw new AccessDeniedException("registers: decisions are the coordinator's");
            }
        }
    }
}
