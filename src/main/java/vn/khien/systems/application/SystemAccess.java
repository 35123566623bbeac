package vn.khien.systems.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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

    /** The SQL condition "the system with this alias is visible"; parameters from {@link #sqlParameters()}. */
    static String visible(String s) {
        return """
                (:seeAll OR (:agencyRole AND (%1$s.owner_code = ANY(:scope) OR %1$s.operator_code = ANY(:scope)))
                 OR (:providerRole AND EXISTS (SELECT 1 FROM systems.service_arrangement v
                       WHERE v.information_system = %1$s.id AND v.provider_code = ANY(:scope))))""".formatted(s);
    }

    private final AccessPolicy policy;

    SystemAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    Map<String, Object> sqlParameters() {
        AgencyScope scope = policy.currentScope();
        Map<String, Object> params = new HashMap<>();
        params.put("seeAll", scope.allAgencies());
        params.put("agencyRole", agencyRole());
        params.put("providerRole", providerRole());
        params.put("scope", scope.agencyCodes().toArray(String[]::new));
        return params;
    }

    boolean canSee(InformationSystem system) {
        AgencyScope scope = policy.currentScope();
        return scope.allAgencies()
                || (agencyRole() && coversOwnerOrOperator(scope, system))
                || (providerRole()
                        && system.arrangements().stream()
                                .map(ServiceArrangement::providerCode)
                                .anyMatch(p -> p != null && scope.covers(p)));
    }

    InformationSystem visible(InformationSystem system) {
        if (!canSee(system)) {
            throw new ObjectNotFoundException("information-system", system.code());
        }
        return system;
    }

    boolean canEdit(InformationSystem system) {
        return policy.currentUserHas(Role.COORDINATOR_ADMIN)
                || (policy.currentUserHas(Role.AGENCY_OFFICER) && coversOwnerOrOperator(policy.currentScope(), system));
    }

    /** Registering: the coordinator for anyone, an agency officer for the agencies in their scope. */
    boolean canRegisterFor(String ownerCode) {
        return policy.currentUserHas(Role.COORDINATOR_ADMIN)
                || (policy.currentUserHas(Role.AGENCY_OFFICER)
                        && policy.currentScope().covers(ownerCode));
    }

    boolean mayRegister() {
        return policy.currentUserHas(Role.COORDINATOR_ADMIN) || policy.currentUserHas(Role.AGENCY_OFFICER);
    }

    /** One of the configured roles, held province-wide or for the owner's agency. */
    boolean actsAs(Collection<Role> roles, String ownerCode) {
        AgencyScope scope = policy.currentScope();
        return roles.stream().anyMatch(r -> policy.currentUserHas(r) && (r.provinceWide() || scope.covers(ownerCode)));
    }

    private static boolean coversOwnerOrOperator(AgencyScope scope, InformationSystem system) {
        String operator = system.facts().operatorCode();
        return scope.covers(system.facts().ownerCode()) || (operator != null && scope.covers(operator));
    }

    private boolean agencyRole() {
        return policy.currentUserHas(Role.AGENCY_OFFICER) || policy.currentUserHas(Role.AGENCY_HEAD);
    }

    private boolean providerRole() {
        return policy.currentUserHas(Role.PROVIDER) || policy.currentUserHas(Role.ASSESSOR);
    }
}
