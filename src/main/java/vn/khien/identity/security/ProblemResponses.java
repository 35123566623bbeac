package vn.khien.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** 401 and 403 for the API as problem details, not a redirect to the login page. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemResponses(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /**
     * A script's call carrying its own credentials cannot be forged by another site; a browser's can: it
     * sends cookies, and HTTP Basic credentials it once cached, on a form posted from anywhere. So a call
     * from a browser (it says so with {@code Origin} or {@code Sec-Fetch-Site}, which scripts do not send
     * and pages cannot suppress) always needs the CSRF token, whatever credentials it carries.
     */
    static boolean needsCsrf(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && (request.getHeader(HttpHeaders.AUTHORIZATION) == null || fromBrowser(request));
    }

    private static boolean fromBrowser(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ORIGIN) != null || request.getHeader("Sec-Fetch-Site") != null;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // a browser is never invited to ask for, and then cache, Basic credentials (it signs in with the form)
        if (request.getHeader("Sec-Fetch-Mode") == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Khien\"");
        }
        write(response, 401, "api.error.unauthenticated", request);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, "api.error.forbidden", request);
    }

    /** 403 with its own reason, for a session that must complete a step on a page first. */
    void refuse(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        write(response, 403, key, request);
    }

    /** 401 with its own reason and no Basic challenge: the credentials were right but may not be used here. */
    void refuseUnauthenticated(HttpServletRequest request, HttpServletResponse response, String key)
            throws IOException {
        write(response, 401, key, request);
    }

    private void write(HttpServletResponse response, int status, String key, HttpServletRequest request)
            throws IOException {
        // runs in the filter chain, before Spring MVC has set the request's locale
        String detail = messages.getMessage(key, null, key, locales.resolveLocale(request));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + json(detail)
                        + "\",\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(request.getRequestURI())
                        + "\"}");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
