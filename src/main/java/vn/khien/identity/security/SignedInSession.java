package vn.khien.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** The signed-in account kept in the (servlet) session: reloaded when it changed, ended when it may not go on. */
@Component
public class SignedInSession {

    private final UserDetailsService accounts;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignedInSession(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    /**
     * After the user's own password change: this session goes on, under a new id (a stolen copy of its
     * cookie stops working), while the user's other sessions end at their next request.
     */
    public void keepAfterPasswordChange(HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        renew(request, response);
    }

    /**
     * After a single sign-on: the session holds the Khiên account, as after a password sign-in, instead of
     * the provider's description of the person.
     */
    Authentication adopt(UserDetails user, HttpServletRequest request, HttpServletResponse response) {
        var adopted = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(adopted);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        return adopted;
    }

    /** The account as it is now, in this request and its session. */
    void renew(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !current.isAuthenticated()) {
            return;
        }
        UserDetails fresh = accounts.loadUserByUsername(current.getName());
        var renewed = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        renewed.setDetails(current.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(renewed);
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            repository.saveContext(context, request, response);
        }
    }

    /** Signs the request out and forgets its session: the rest of the request is a visitor's. */
    void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
