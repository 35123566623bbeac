package vn.khien.identity.application;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
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

    /** The viewer of one request, kept while the request's authentication is the same one. */
    private record Seen(Authentication authentication, Viewer viewer) {}

    private static final String SEEN = ScopedAccessPolicy.class.getName() + ".viewer";

    private final AgencyDirectory agencies;

    ScopedAccessPolicy(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    @Override
    public Viewer currentViewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(SEEN, RequestAttributes.SCOPE_REQUEST) instanceof Seen seen
                && seen.authentication() == authentication) {
            return seen.viewer();
        }
        Viewer viewer = viewerOf(authentication);
        if (request != null) {
            request.setAttribute(SEEN, new Seen(authentication, viewer), RequestAttributes.SCOPE_REQUEST);
        }
        return viewer;
    }

    @Override
    public Optional<ApiClient> currentApiClient() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ApiClient client
                ? Optional.of(client)
                : Optional.empty();
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

    private Viewer viewerOf(Authentication authentication) {
        Set<String> authorities = authentication == null
                ? Set.of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> authorities.contains(role.authority()))
                .collect(Collectors.toSet());
        Object principal = authentication == null ? null : authentication.getPrincipal();
        String organisation = principal instanceof KhienUser user
                ? user.agencyCode()
                : principal instanceof ApiClient client ? client.organisationCode() : null;
        String actor = principal instanceof ApiClient client
                ? client.actor()
                : authentication == null ? "system" : authentication.getName();
        return new Viewer(roles, scope(roles, principal), actor, organisation, principal instanceof UserDetails);
    }

    private AgencyScope scope(Set<Role> roles, Object principal) {
        if (roles.stream().anyMatch(Role::provinceWide)) {
            return AgencyScope.ALL;
        }
        if (principal instanceof KhienUser user && user.agencyCode() != null) {
            return new AgencyScope(
                    false,
                    user.includeSubordinates() ? agencies.codesWithin(user.agencyCode()) : Set.of(user.agencyCode()));
        }
        return AgencyScope.NONE;
    }
}
