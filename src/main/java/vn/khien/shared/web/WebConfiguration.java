package vn.khien.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Vietnamese first: the session's language defaults to Vietnamese; {@code ?lang=en} switches it for a
 * visitor (the login page); signed-in users switch through their preference, which is remembered.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final Set<String> SUPPORTED = Set.of("vi", "en");

    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver();
        resolver.setDefaultLocale(VIETNAMESE);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLanguageChange()).addPathPatterns("/**");
    }

    /** Applies {@code ?lang=} on GET only, and only for the two languages Khiên speaks. */
    static class SupportedLanguageChange extends LocaleChangeInterceptor {

        SupportedLanguageChange() {
            setParamName("lang");
            setHttpMethods("GET");
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws jakarta.servlet.ServletException {
            String lang = request.getParameter(getParamName());
            return lang == null || !SUPPORTED.contains(lang) || super.preHandle(request, response, handler);
        }
    }
}
