package vn.khien.support;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session cookie across MockMvc requests. Sessions live in PostgreSQL (Spring Session JDBC,
 * issue 23) and are found by their cookie, so a test carries the cookie from answer to request, as a
 * browser does, instead of a {@code MockHttpSession}.
 */
public final class SessionCookie implements RequestPostProcessor {

    /**
     * The session cookie's names: {@code JSESSIONID} on the embedded server (server.servlet.session.cookie),
     * Spring Session's own {@code SESSION} in a MockMvc test, which has no embedded server to read it from.
     */
    private static final java.util.List<String> NAMES = java.util.List.of("JSESSIONID", "SESSION");

    private String name = NAMES.get(0);
    private String value;

    /**
     * A session that speaks the language ({@code vi}, {@code en}), chosen as a visitor does, with
     * {@code ?lang=} on the sign-in page: the language lives in the session, which lives in PostgreSQL.
     */
    public static SessionCookie speaking(org.springframework.test.web.servlet.MockMvc mvc, String language)
            throws Exception {
        SessionCookie session = new SessionCookie();
        session.remember(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login")
                        .param("lang", language))
                .andReturn());
        if (session.value() == null) {
            throw new IllegalStateException("choosing the language " + language + " started no session");
        }
        return session;
    }

    /** Sends the cookie (if one was set yet) with the request. */
    @Override
    public org.springframework.mock.web.MockHttpServletRequest postProcessRequest(
            org.springframework.mock.web.MockHttpServletRequest request) {
        if (value != null) {
            request.setCookies(new Cookie(name, value));
        }
        return request;
    }

    /** Keeps the cookie the answer set (a new session, a new id after sign-in); returns the result. */
    public MvcResult remember(MvcResult result) {
        for (String candidate : NAMES) {
            Cookie set = result.getResponse().getCookie(candidate);
            if (set != null) {
                name = candidate;
                value = set.getMaxAge() == 0 ? null : set.getValue();
            }
        }
        return result;
    }

    /** The cookie's value now, {@code null} before a session exists. */
    public String value() {
        return value;
    }
}
