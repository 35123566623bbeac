package vn.khien.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.khien.identity.ApiClient;
import vn.khien.identity.application.ApiTokenManagement;

/**
 * {@code Authorization: Bearer <token>} for machine calls; where the chain allows it (TAXII clients,
 * which speak only HTTP Basic), also {@code Basic} with the token as the password and any user name. A
 * missing, unknown or revoked token leaves the request unauthenticated, which the chain answers with 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenManagement tokens;
    private final boolean basicToo;

    BearerTokenFilter(ApiTokenManagement tokens) {
        this(tokens, false);
    }

    BearerTokenFilter(ApiTokenManagement tokens, boolean basicToo) {
        this.tokens = tokens;
        this.basicToo = basicToo;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = carriesBearerToken(request) ? bearerToken(request) : basicToo ? basicPassword(request) : null;
        if (token != null) {
            tokens.authenticate(token).ifPresent(client -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new ApiClientAuthentication(client));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }

    private static String basicPassword(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6) || header.length() > 300) {
            return null;
        }
        try {
            String pair = new String(
                    java.util.Base64.getDecoder().decode(header.substring(6).strip()),
                    java.nio.charset.StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? null : pair.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean carriesBearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** The bearer token of the request, or null. */
    static String bearerToken(HttpServletRequest request) {
        return carriesBearerToken(request)
                ? request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip()
                : null;
    }

    /** The audit trail names the token as the actor ({@link ApiClient#actor()}). */
    static final class ApiClientAuthentication extends TokenAuthentication {

        ApiClientAuthentication(ApiClient client) {
            super(client, List.of(), null);
        }

        @Override
        public String getName() {
            return ((ApiClient) getPrincipal()).actor();
        }
    }
}
