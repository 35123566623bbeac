package vn.khien.identity.application;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.khien.agencies.RegistryAccess;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyScope;
import vn.khien.identity.Role;

/**
 * The registry's view of the signed-in user: province-wide roles see every agency; the coordinator
 * administers; agency officers keep the contacts of the agencies in their scope.
 */
@Service
class ScopedRegistryAccess implements RegistryAccess {

    private final AccessPolicy policy;

    ScopedRegistryAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Optional<Set<String>> visibleAgencies() {
        AgencyScope scope = policy.currentScope();
        return scope.allAgencies() ? Optional.empty() : Optional.of(scope.agencyCodes());
    }

    @Override
    public boolean mayAdminister() {
        return policy.currentUserHas(Role.COORDINATOR_ADMIN);
    }

    @Override
    public boolean mayMaintain(String agencyCode) {
        return policy.currentViewer().coordinatorOr(agencyCode, Role.AGENCY_OFFICER);
    }
}
