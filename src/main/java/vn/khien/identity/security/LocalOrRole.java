package vn.khien.identity.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Metrics are for the operator: readable from the machine itself, or by a signed-in administrator. */
class LocalOrRole implements AuthorizationManager<RequestAuthorizationContext> {

    private final String authority;

    LocalOrRole(String role) {
        this.authority = "ROLE_" + role;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        if (isLoopback(context.getRequest().getRemoteAddr())) {
            return new AuthorizationDecision(true);
        }
        Authentication auth = authentication.get();
        boolean granted = auth != null
                && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
        return new AuthorizationDecision(granted);
    }

    private static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
