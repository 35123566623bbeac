package vn.khien.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

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
}
