package vn.khien.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.khien.identity.security.SignedInSession;

/**
 * A page request signed in as a real (demo) account, with its roles and agency scope as loaded at
 * sign-in — pages use form login, so HTTP Basic does not reach them. The session has passed the
 * password and the second factor just now, as a real sign-in that typed both would have (issue 22).
 */
public final class SignedIn {

    private SignedIn() {}

    public static RequestPostProcessor as(UserDetailsService accounts, String username) {
        return authentication(signedIn(accounts.loadUserByUsername(username), Instant.now()));
    }

    /** Both factors, proved at {@code at} (to test what a session may do some time after its sign-in). */
    public static RequestPostProcessor signedInAt(UserDetailsService accounts, String username, Instant at) {
        return authentication(signedIn(accounts.loadUserByUsername(username), at));
    }

    /** Signs the account in for calls made straight to services (clear the context after the test). */
    public static void inSecurityContext(UserDetailsService accounts, String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(signedIn(accounts.loadUserByUsername(username), Instant.now()));
    }

    private static UsernamePasswordAuthenticationToken signedIn(UserDetails details, Instant at) {
        List<GrantedAuthority> authorities = new ArrayList<>(details.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(at)
                .build());
        authorities.add(FactorGrantedAuthority.withAuthority(SignedInSession.TOTP_FACTOR)
                .issuedAt(at)
                .build());
        return UsernamePasswordAuthenticationToken.authenticated(details, null, authorities);
    }
}
