package vn.khien.identity.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.khien.identity.application.KhienUser;
import vn.khien.identity.application.KhienUser.SecondFactorStep;

/**
 * Issue 22: after the password, a session whose account has an authenticator may reach only the code
 * page, and one whose roles require a second factor it does not have yet only the enrolment page, until
 * the step is done ({@link SignedInSession#TOTP_FACTOR}). A complete session must still have proved a
 * factor recently for a sensitive action ({@link Reauthentication}). Runs on the session's account, before
 * HTTP Basic: bearer tokens and Basic calls are not sessions and are not asked (a token is a secret of its
 * own). Pages are redirected; the API answers 403.
 */
class SecondFactorFilter extends OncePerRequestFilter {

    /** Where the user goes once the step is done (a page they asked for), kept in the session. */
    static final String CONTINUE = "khien.second-factor.continue";

    static final String CODE_PAGE = "/login/code";
    static final String ENROL_PAGE = "/account/second-factor";

    private static final RequestMatcher ALWAYS_OPEN = new OrRequestMatcher(
            pathPattern(HttpMethod.POST, "/logout"),
            pathPattern("/assets/**"),
            pathPattern("/webjars/**"),
            pathPattern("/favicon.ico"),
            pathPattern("/error"));
    private static final RequestMatcher CODE_PAGES = pathPattern(CODE_PAGE);
    private static final RequestMatcher ENROL_PAGES =
            new OrRequestMatcher(pathPattern(ENROL_PAGE), pathPattern(HttpMethod.POST, ENROL_PAGE + "/confirm"));

    private final Reauthentication reauthentication;
    private final ProblemResponses problems;

    SecondFactorFilter(Reauthentication reauthentication, ProblemResponses problems) {
        this.reauthentication = reauthentication;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof KhienUser user)
                || ALWAYS_OPEN.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        SecondFactorStep step = signedInElsewhere(authentication) || hasTotp(authentication)
                ? SecondFactorStep.NONE
                : user.secondFactorStep();
        if (step == SecondFactorStep.CODE && !CODE_PAGES.matches(request)) {
            refuse(request, response, CODE_PAGE, "api.error.second-factor-required");
        } else if (step == SecondFactorStep.ENROL && !ENROL_PAGES.matches(request)) {
            refuse(request, response, ENROL_PAGE, "api.error.second-factor-enrolment-required");
        } else if (step == SecondFactorStep.NONE
                && reauthentication.isSensitive(request)
                && reauthentication.isDue(authentication)) {
            refuse(request, response, Reauthentication.PAGE, "api.error.reauthentication-required");
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * The hook for single sign-on: a sign-in at an OpenID Connect provider (Spring adds the authorization
     * code factor) had the provider's own second factor, so Khiên does not ask for another.
     */
    static boolean signedInElsewhere(Authentication authentication) {
        return has(authentication, FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY);
    }

    static boolean hasTotp(Authentication authentication) {
        return has(authentication, SignedInSession.TOTP_FACTOR);
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(authority));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String page, String problem)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.refuse(request, response, problem);
            return;
        }
        request.getSession().setAttribute(CONTINUE, continueTarget(request));
        response.sendRedirect(request.getContextPath() + page);
    }

    /** The page asked for, or for a form's submission the page it was sent from: a local path only. */
    private static String continueTarget(HttpServletRequest request) {
        if (HttpMethod.GET.matches(request.getMethod())) {
            String query = request.getQueryString();
            return request.getRequestURI().substring(request.getContextPath().length())
                    + (query == null ? "" : "?" + query);
        }
        String referer = request.getHeader(HttpHeaders.REFERER);
        try {
            URI from = referer == null ? null : URI.create(referer);
            return from != null && request.getServerName().equalsIgnoreCase(from.getHost()) && from.getRawPath() != null
                    ? from.getRawPath().substring(request.getContextPath().length())
                    : "/";
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return "/";
        }
    }
}
