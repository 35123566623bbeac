package vn.khien.identity.security;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A call authenticated by a bearer token: nothing secret is kept, only whom the token stands for. */
class TokenAuthentication extends AbstractAuthenticationToken {

    private final transient Object principal;

    TokenAuthentication(Object principal, Collection<? extends GrantedAuthority> authorities, Object details) {
        super(authorities);
        this.principal = principal;
        setDetails(details);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }
}
