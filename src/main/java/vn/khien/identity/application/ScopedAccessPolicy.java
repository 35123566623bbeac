package vn.khien.identity.application;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyScope;
import vn.khien.identity.ApiClient;
import vn.khien.identity.Role;

/**
 * Province-wide roles see every agency; everyone else sees their own agency and, if granted, the
 * units below it (DESIGN.md §3). Anything else sees nothing.
 */
@Service
class ScopedAccessPolicy implements AccessPolicy {

    private final AgencyDirectory agencies;

    ScopedAccessPolicy(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    @Override
    public AgencyScope currentScope() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return AgencyScope.NONE;
        }
        for (Role role : Role.values()) {
            if (role.provinceWide() && has(authentication, role)) {
                return AgencyScope.ALL;
            }
        }
        if (authentication.getPrincipal() instanceof KhienUser user && user.agencyCode() != null) {
            return user.includeSubordinates()
                    ? new AgencyScope(false, agencies.codesWithin(user.agencyCode()))
                    : new AgencyScope(false, java.util.Set.of(user.agencyCode()));
        }
        return AgencyScope.NONE;
    }

    @Override
    public boolean currentUserHas(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && has(authentication, role);
    }

    private static boolean has(Authentication authentication, Role role) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    @Override
    public java.util.Optional<ApiClient> currentApiClient() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ApiClient client
                ? java.util.Optional.of(client)
                : java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<String> currentOrganisationCode() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return java.util.Optional.empty();
        }
        if (authentication.getPrincipal() instanceof KhienUser user) {
            return java.util.Optional.ofNullable(user.agencyCode());
        }
        return authentication.getPrincipal() instanceof ApiClient client
                ? java.util.Optional.ofNullable(client.organisationCode())
                : java.util.Optional.empty();
    }
}
