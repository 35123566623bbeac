package vn.khien.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** The signed-in account kept in the (servlet) session: reloaded when it changed, ended when it may not go on. */
@Component
public class SignedInSession {

    /** The authority a session gains by a correct TOTP or recovery code, with the time it was given. */
    public static final String TOTP_FACTOR = "FACTOR_TOTP";

    private final UserDetailsService accounts;
    private final Clock clock;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignedInSession(UserDetailsService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The user proved a factor again ({@link #TOTP_FACTOR} or Spring's password factor): the session
     * holds it from now, with the time, and gets a new id, since it now may do more than before.
     */
    void factorPassed(String factor, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
        authorities.removeIf(a -> a.getAuthority().equals(factor));
        authorities.add(FactorGrantedAuthority.withAuthority(factor)
                .issuedAt(clock.instant())
                .build());
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        save(
                UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null, authorities),
                current,
                request,
                response);
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
        // the provider proved the person (its own second factor included): the session holds that factor
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
                .issuedAt(clock.instant())
                .build());
        var adopted = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
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
        List<GrantedAuthority> authorities = new ArrayList<>(fresh.getAuthorities());
        // the factors this session proved stay proved: new roles are not a new sign-in
        current.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance)
                .forEach(authorities::add);
        save(UsernamePasswordAuthenticationToken.authenticated(fresh, null, authorities), current, request, response);
    }

    private void save(
            UsernamePasswordAuthenticationToken renewed,
            Authentication current,
            HttpServletRequest request,
            HttpServletResponse response) {
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
