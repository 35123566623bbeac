package vn.khien.identity.application;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.RegistryAccess;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyScope;
import vn.khien.identity.ApiClient;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;

/**
 * Province-wide roles see every agency; everyone else sees their own agency and, if granted, the
 * units below it (DESIGN.md §3). Anything else sees nothing. The registry reads the same scope through
 * its port: the coordinator administers, agency officers keep the contacts of the agencies in scope.
 */
@Service
class ScopedAccessPolicy implements AccessPolicy, RegistryAccess {

    private final AgencyDirectory agencies;

    ScopedAccessPolicy(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    @Override
    public AgencyScope currentScope() {
        Object principal = principal();
        if (Arrays.stream(Role.values()).anyMatch(role -> role.provinceWide() && currentUserHas(role))) {
            return AgencyScope.ALL;
        }
        if (principal instanceof KhienUser user && user.agencyCode() != null) {
            return new AgencyScope(
                    false,
                    user.includeSubordinates() ? agencies.codesWithin(user.agencyCode()) : Set.of(user.agencyCode()));
        }
        return AgencyScope.NONE;
    }

    @Override
    public boolean currentUserHas(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    @Override
    public Viewer currentViewer() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(this::currentUserHas).forEach(roles::add);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = principal();
        String organisation = principal instanceof KhienUser user
                ? user.agencyCode()
                : principal instanceof ApiClient client ? client.organisationCode() : null;
        String actor = principal instanceof ApiClient client
                ? client.actor()
                : authentication == null ? "system" : authentication.getName();
        return new Viewer(roles, currentScope(), actor, organisation, principal instanceof UserDetails);
    }

    @Override
    public Optional<ApiClient> currentApiClient() {
        return principal() instanceof ApiClient client ? Optional.of(client) : Optional.empty();
    }

    @Override
    public Optional<Set<String>> visibleAgencies() {
        AgencyScope scope = currentScope();
        return scope.allAgencies() ? Optional.empty() : Optional.of(scope.agencyCodes());
    }

    @Override
    public boolean mayAdminister() {
        return currentUserHas(Role.COORDINATOR_ADMIN);
    }

    @Override
    public boolean mayMaintain(String agencyCode) {
        return currentViewer().coordinatorOr(agencyCode, Role.AGENCY_OFFICER);
    }

    private static Object principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getPrincipal();
    }
}
