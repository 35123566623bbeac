package vn.khien.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import vn.khien.identity.application.KhienUser;

/** After sign-in, the pages speak the language the user chose last time. */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LocaleResolver localeResolver;

    LoginSuccessHandler(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof KhienUser user) {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(user.language()));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
