package vn.khien.systems.application;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyScope;
import vn.khien.identity.Role;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.systems.domain.InformationSystem;
import vn.khien.systems.domain.ServiceArrangement;

/**
 * Who sees and changes which system (DESIGN.md §3). Province-wide roles read everything; agency
 * roles see systems their agencies own or operate; providers and assessors see systems they serve.
 * The same rule exists twice, for one loaded system and as an SQL condition for lists.
 */
@Component
class SystemAccess {

    private final AccessPolicy policy;

    SystemAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    /** The signed-in user's roles and scope, looked up once (a scope with units costs a query). */
    Viewer viewer() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (policy.currentUserHas(role)) {
                roles.add(role);
            }
        }
        return new Viewer(roles, policy.currentScope());
    }

    /** The SQL condition "the system with this alias is visible"; parameters from {@link #sqlParameters()}. */
    static String visible(String s) {
        return """
                (:seeAll OR (:agencyRole AND (%1$s.owner_code = ANY(:scope) OR %1$s.operator_code = ANY(:scope)))
                 OR (:providerRole AND EXISTS (SELECT 1 FROM systems.service_arrangement v
                       WHERE v.information_system = %1$s.id AND v.provider_code = ANY(:scope))))""".formatted(s);
    }

    Map<String, Object> sqlParameters() {
        Viewer viewer = viewer();
        Map<String, Object> params = new HashMap<>();
        params.put("seeAll", viewer.scope().allAgencies());
        params.put("agencyRole", viewer.agencyRole());
        params.put("providerRole", viewer.providerRole());
        params.put("scope", viewer.scope().agencyCodes().toArray(String[]::new));
        return params;
    }

    /** One user's view of the systems, decided on the server for every object. */
    record Viewer(Set<Role> roles, AgencyScope scope) {

        boolean canSee(InformationSystem system) {
            return scope.allAgencies()
                    || (agencyRole() && coversOwnerOrOperator(system))
                    || (providerRole()
                            && system.arrangements().stream()
                                    .map(ServiceArrangement::providerCode)
                                    .anyMatch(p -> p != null && scope.covers(p)));
        }

        /** The system, or 404 when this user may not know it exists. */
        InformationSystem visible(InformationSystem system) {
            if (!canSee(system)) {
                throw new ObjectNotFoundException("information-system", system.code());
            }
            return system;
        }

        /** The coordinator admin: decides for every agency (shared assets, operators of any agency). */
        boolean coordinates() {
            return roles.contains(Role.COORDINATOR_ADMIN);
        }

        boolean canEdit(InformationSystem system) {
            return coordinates() || (roles.contains(Role.AGENCY_OFFICER) && coversOwnerOrOperator(system));
        }

        /** Registering: the coordinator for anyone, an agency officer for the agencies in their scope. */
        boolean canRegisterFor(String ownerCode) {
            return coordinates() || (roles.contains(Role.AGENCY_OFFICER) && scope.covers(ownerCode));
        }

        boolean mayRegister() {
            return coordinates() || roles.contains(Role.AGENCY_OFFICER);
        }

        /** One of the configured roles, held province-wide or for the owner's agency. */
        boolean actsAs(Collection<Role> allowed, String ownerCode) {
            return allowed.stream().anyMatch(r -> roles.contains(r) && (r.provinceWide() || scope.covers(ownerCode)));
        }

        boolean agencyRole() {
            return roles.contains(Role.AGENCY_OFFICER) || roles.contains(Role.AGENCY_HEAD);
        }

        boolean providerRole() {
            return roles.contains(Role.PROVIDER) || roles.contains(Role.ASSESSOR);
        }

        private boolean coversOwnerOrOperator(InformationSystem system) {
            String operator = system.facts().operatorCode();
            return scope.covers(system.facts().ownerCode()) || (operator != null && scope.covers(operator));
        }
    }
}
