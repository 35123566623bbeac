package vn.khien.identity.application;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.khien.identity.domain.UserAccountRepository;

/**
 * Loads accounts for sign-in and when a session's account changed; user names are case-insensitive;
 * the throttle comes first (ThrottledSignIn).
 */
@Service
class KhienUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final SecondFactors secondFactors;

    KhienUserDetailsService(UserAccountRepository accounts, SecondFactors secondFactors) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username == null ? "" : username.strip().toLowerCase())
                .map(account -> new KhienUser(
                        account.username(),
                        account.passwordHash(),
                        account.enabled(),
                        account.roleSet().stream()
                                .map(role -> new SimpleGrantedAuthority(role.authority()))
                                .toList(),
                        account.displayName(),
                        account.agencyCode(),
                        account.includeSubordinates(),
                        account.language(),
                        new KhienUser.Stamp(account.version(), account.passwordChangedAt()),
                        account.external(),
                        secondFactors.isEnrolled(account.username())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
