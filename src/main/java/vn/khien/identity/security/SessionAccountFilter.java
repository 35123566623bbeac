package vn.khien.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.khien.identity.application.KhienUser;
import vn.khien.identity.application.SessionAccounts;

/**
 * Issue 15: a session keeps the account as it was at sign-in, so every request of a session compares
 * it with the account now (one indexed look-up). Demoted: the new roles and scope hold from this request;
 * disabled, or its password changed in another session: signed out. HTTP Basic calls load the account
 * afresh anyway and run after this filter.
 */
class SessionAccountFilter extends OncePerRequestFilter {

    private final SessionAccounts accounts;
    private final SignedInSession session;

    SessionAccountFilter(SessionAccounts accounts, SignedInSession session) {
        this.accounts = accounts;
        this.session = session;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KhienUser user) {
            switch (accounts.standingOf(user)) {
                case CURRENT -> {}
                case CHANGED -> session.renew(request, response);
                case ENDED -> session.end(request);
            }
        }
        chain.doFilter(request, response);
    }
}
