package vn.khien.identity.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The actions that give power or make a decision public (issue 22, OWASP ASVS 5.0 V7.5: re-authenticate
 * before sensitive operations): API tokens, accounts and roles (and resetting someone's second factor),
 * waivers, publishing scores, and changes to one's own second factor. A session whose last password or code is older than {@code window} is
 * asked for it again (the page {@code /login/confirm}) before such a request is let through.
 */
@Component
class Reauthentication {

    static final String PAGE = "/login/confirm";

    private static final RequestMatcher SENSITIVE = new OrRequestMatcher(
            pathPattern(HttpMethod.POST, "/admin/api-tokens"),
            pathPattern(HttpMethod.POST, "/admin/api-tokens/{id}/revoke"),
            pathPattern(HttpMethod.POST, "/api/v1/api-tokens"),
            pathPattern(HttpMethod.DELETE, "/api/v1/api-tokens/{id}"),
            // a person's own tokens act with all the person's rights, so they are asked for like the others
            pathPattern(HttpMethod.POST, "/account/tokens"),
            pathPattern(HttpMethod.POST, "/account/tokens/{id}/revoke"),
            pathPattern(HttpMethod.POST, "/admin/users/new"),
            pathPattern(HttpMethod.POST, "/admin/users/{username}"),
            pathPattern(HttpMethod.POST, "/admin/users/{username}/second-factor/reset"),
            pathPattern(HttpMethod.POST, "/api/v1/users"),
            pathPattern(HttpMethod.POST, "/compliance/waivers"),
            pathPattern(HttpMethod.POST, "/api/v1/obligations/waivers"),
            pathPattern(HttpMethod.POST, "/scoring/campaigns/{id}/publish"),
            pathPattern(HttpMethod.POST, "/api/v1/scoring/campaigns/{id}/publish"),
            pathPattern(HttpMethod.POST, "/account/second-factor/recovery-codes"),
            pathPattern(HttpMethod.POST, "/account/second-factor/disable"));

    private final Clock clock;
    private final Duration window;

    Reauthentication(Clock clock, @Value("${khien.identity.reauthentication-minutes:10}") int minutes) {
        this.clock = clock;
        this.window = Duration.ofMinutes(minutes);
    }

    boolean isSensitive(jakarta.servlet.http.HttpServletRequest request) {
        return SENSITIVE.matches(request);
    }

    /** No factor with a time (a session from before this check) counts as too old. */
    boolean isDue(Authentication authentication) {
        Instant last = authentication.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance)
                .map(a -> ((FactorGrantedAuthority) a).getIssuedAt())
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        return last.plus(window).isBefore(clock.instant());
    }
}
