package vn.khien.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import vn.khien.identity.application.ExternalAccounts;
import vn.khien.identity.application.KhienUser;
import vn.khien.identity.application.SingleSignOnRefused;

/**
 * OpenID Connect sign-in (issue 22 item 4), on only when a client registration is configured
 * ({@code spring.security.oauth2.client.*}). The provider proves who the person is (and asks for its own
 * second factor); the session then holds the Khiên account like a password sign-in does, so roles, agency
 * scope, demotion and audit work the same for both.
 */
@Component
class SingleSignOn {

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final ExternalAccounts accounts;
    private final SignedInSession session;
    private final LoginSuccessHandler loginSuccess;

    SingleSignOn(
            ObjectProvider<ClientRegistrationRepository> registrations,
            ExternalAccounts accounts,
            SignedInSession session,
            LoginSuccessHandler loginSuccess) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.session = session;
        this.loginSuccess = loginSuccess;
    }

    void applyTo(HttpSecurity http) throws Exception {
        if (registrations.getIfAvailable() == null) {
            return;
        }
        http.oauth2Login(login -> login.loginPage("/login")
                .authorizedClientRepository(new NothingKept())
                .userInfoEndpoint(info -> info.oidcUserService(this::loadUser))
                .successHandler(this::signedIn)
                .failureHandler(SingleSignOn::refused));
    }

    private OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = new OidcUserService().loadUser(request);
        try {
            KhienUser user = accounts.signIn(
                    person.getIdToken().getIssuer().toString(), person.getSubject(), person.getClaims());
            return new ExternalPerson(person, user);
        } catch (SingleSignOnRefused refused) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("access_denied", refused.reason().code(), null));
        }
    }

    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        KhienUser user = ((ExternalPerson) authentication.getPrincipal()).user;
        loginSuccess.onAuthenticationSuccess(request, response, session.adopt(user, request, response));
    }

    /** Back to the login page, which says why from a fixed list (never the provider's own text). */
    private static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String reason = e instanceof OAuth2AuthenticationException oauth
                        && oauth.getError().getDescription() != null
                        && SingleSignOnRefused.Reason.ofCode(oauth.getError().getDescription())
                                .isPresent()
                ? oauth.getError().getDescription()
                : "provider";
        response.sendRedirect(request.getContextPath() + "/login?refused=" + reason);
    }

    /** The person as the provider described them, named by their Khiên user name in events and the audit. */
    private record ExternalPerson(OidcUser person, KhienUser user) implements OidcUser, java.io.Serializable {

        @Override
        public Map<String, Object> getClaims() {
            return person.getClaims();
        }

        @Override
        public OidcUserInfo getUserInfo() {
            return person.getUserInfo();
        }

        @Override
        public OidcIdToken getIdToken() {
            return person.getIdToken();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return person.getAttributes();
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return user.getAuthorities();
        }

        @Override
        public String getName() {
            return user.getUsername();
        }
    }

    /** Khiên calls no API of the provider: its access and refresh tokens are not kept in the session. */
    private static final class NothingKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String registrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient client,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String registrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    }
}
