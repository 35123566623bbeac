package vn.khien.identity.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Metrics are for the operator: a signed-in administrator, a scraper presenting the metrics token
 * ({@code khien.web.metrics-token}), or, only when no proxy is configured, the machine itself. Behind a
 * proxy every request may arrive from a local address, so "local" proves nothing there.
 */
class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final String authority;
    private final boolean behindProxy;
    private final byte[] token;

    MetricsAccess(String role, List<String> trustedProxies, String token) {
        this.authority = "ROLE_" + role;
        this.behindProxy = trustedProxies.stream().anyMatch(address -> !address.isBlank());
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        var request = context.getRequest();
        if (!behindProxy && isLoopback(request.getRemoteAddr())) {
            return new AuthorizationDecision(true);
        }
        if (presentsToken(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            return new AuthorizationDecision(true);
        }
        Authentication auth = authentication.get();
        boolean granted = auth != null
                && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
        return new AuthorizationDecision(granted);
    }

    private boolean presentsToken(String header) {
        if (token == null || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        // constant time: the comparison must not tell how much of a guess was right
        return MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
