package vn.khien.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A page request signed in as a real (demo) account, with its roles and agency scope as loaded at
 * sign-in — pages use form login, so HTTP Basic does not reach them.
 */
public final class SignedIn {

    private SignedIn() {}

    public static RequestPostProcessor as(UserDetailsService accounts, String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** Signs the account in for calls made straight to services (clear the context after the test). */
    public static void inSecurityContext(UserDetailsService accounts, String username) {
        var details = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
