package vn.khien.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;
import vn.khien.identity.application.PersonalTokens;

/**
 * An API call as a demo account with a personal token of that account (read and write), as its scripts
 * call the API: accounts with a second factor may not use their password there. One token per account
 * for the whole test run (every test context uses the same database).
 */
public final class ApiTokens {

    private static final Map<String, String> ISSUED = new ConcurrentHashMap<>();

    private ApiTokens() {}

    public static RequestPostProcessor bearer(String username) {
        return request -> {
            var context = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext());
            String token = ISSUED.computeIfAbsent(username, name -> issue(context, name));
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    private static String issue(org.springframework.context.ApplicationContext context, String username) {
        var previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.clearContext();
            SignedIn.inSecurityContext(context.getBean(UserDetailsService.class), username);
            return context.getBean(PersonalTokens.class)
                    .issue("tests", PersonalTokens.Scope.WRITE, 365)
                    .token();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
