package vn.khien.identity.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.khien.identity.application.LoginThrottle;

/**
 * Password sign-in (form and HTTP Basic) behind the throttle. The lock is checked before the account
 * is looked up, so a locked name answers the same whether or not it is an account, and costs no
 * password hashing (issue 15).
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledSignIn(UserDetailsService accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (throttle.isLocked(authentication.getName(), LoginThrottle.addressOf(authentication))) {
            throw new LockedException("too many wrong passwords from this address");
        }
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
