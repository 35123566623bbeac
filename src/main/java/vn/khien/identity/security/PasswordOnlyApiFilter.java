package vn.khien.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.khien.identity.application.KhienUser;

/**
 * Issue 22: HTTP Basic carries a password alone, so an account that signs in with a second factor (its
 * roles require one, or it enrolled) may not use it: its scripts use personal API tokens, which are a
 * secret of their own. Runs after Basic has checked the password, so a wrong one still counts as a
 * failed sign-in; the right one is answered 401 with the reason and nothing runs.
 */
class PasswordOnlyApiFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    PasswordOnlyApiFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (header != null
                && header.regionMatches(true, 0, "Basic ", 0, 6)
                && authentication != null
                && authentication.getPrincipal() instanceof KhienUser user
                && user.secondFactorStep() != KhienUser.SecondFactorStep.NONE) {
            SecurityContextHolder.clearContext();
            problems.refuseUnauthenticated(request, response, "api.error.basic-needs-token");
            return;
        }
        chain.doFilter(request, response);
    }
}
