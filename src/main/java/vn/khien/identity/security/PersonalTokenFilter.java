package vn.khien.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.khien.identity.application.PersonalTokens;
import vn.khien.identity.application.PersonalTokens.Holder;

/**
 * {@code Authorization: Bearer <personal token>} on the API: the call acts as the token's owner, with the
 * account as it is now (a disabled account's tokens stop working, a demotion applies at once). A READ
 * token's write is refused with 403 problem details before anything runs. An unknown, expired or revoked
 * token leaves the call unauthenticated (401). Nothing is kept in a session.
 */
class PersonalTokenFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final PersonalTokens tokens;
    private final UserDetailsService accounts;
    private final ProblemResponses problems;

    PersonalTokenFilter(PersonalTokens tokens, UserDetailsService accounts, ProblemResponses problems) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (BearerTokenFilter.carriesBearerToken(request)) {
            var holder = tokens.authenticate(BearerTokenFilter.bearerToken(request));
            UserDetails owner = holder.map(this::owner).orElse(null);
            if (owner != null && owner.isEnabled()) {
                if (holder.get().scope() == PersonalTokens.Scope.READ && !SAFE_METHODS.contains(request.getMethod())) {
                    problems.handle(request, response, new AccessDeniedException("a read-only token"));
                    return;
                }
                var context = SecurityContextHolder.createEmptyContext();
                // the owner is the principal: roles, agency scope and the audit's actor are the person's
                context.setAuthentication(new TokenAuthentication(owner, owner.getAuthorities(), holder.get()));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    /** A report's file is answered on an async dispatch, which must find the caller again (no session). */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    private UserDetails owner(Holder holder) {
        try {
            return accounts.loadUserByUsername(holder.username());
        } catch (UsernameNotFoundException gone) {
            return null;
        }
    }
}
