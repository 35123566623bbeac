package vn.khien.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A browser's sign-in through the real pages, second factor included (issue 22): the password, then the
 * code from the account's authenticator ({@link Authenticators}), or, for an account whose roles require
 * a second factor it does not have yet, the enrolment (the secret read from the page, as a person types
 * it into an app).
 */
public final class TwoStepSignIn {

    private static final Pattern SECRET = Pattern.compile("id=\"enrol-secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<li>([a-z2-7]{5}-[a-z2-7]{5})</li>");

    private TwoStepSignIn() {}

    /** Password only: the session stands wherever the sign-in sends it next. */
    public static SessionCookie password(MockMvc mvc, String username, String password) throws Exception {
        SessionCookie session = new SessionCookie();
        session.remember(mvc.perform(
                        post("/login").with(csrf()).param("username", username).param("password", password))
                .andReturn());
        return session;
    }

    /** What an enrolment showed: the secret (Base32) and the ten recovery codes. */
    public record Enrolled(String secret, java.util.List<String> recoveryCodes) {}

    /**
     * Signs in with the password and turns the second factor on from the account page, as a user for
     * whom it is optional does; the account's authenticator ({@link Authenticators}) learns the secret.
     */
    public static Enrolled enrol(MockMvc mvc, String username, String password) throws Exception {
        SessionCookie session = password(mvc, username, password);
        String page = mvc.perform(get("/account/second-factor").with(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher secret = SECRET.matcher(page);
        if (!secret.find()) {
            throw new IllegalStateException("no enrolment on the account page of " + username);
        }
        Authenticators.learn(username, secret.group(1));
        String codes = mvc.perform(post("/account/second-factor/confirm")
                        .with(session)
                        .with(csrf())
                        .param("code", Authenticators.nextCode(username)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new Enrolled(
                secret.group(1).replace(" ", ""),
                RECOVERY_CODE.matcher(codes).results().map(m -> m.group(1)).toList());
    }

    /** Every step the account needs: the session is complete. */
    public static SessionCookie signIn(MockMvc mvc, String username, String password) throws Exception {
        SessionCookie session = password(mvc, username, password);
        MvcResult page = session.remember(
                mvc.perform(get("/account/second-factor").with(session)).andReturn());
        if ("/login/code".equals(page.getResponse().getRedirectedUrl())) {
            session.remember(mvc.perform(post("/login/code")
                            .with(session)
                            .with(csrf())
                            .param("code", Authenticators.nextCode(username)))
                    .andReturn());
            return session;
        }
        String html = page.getResponse().getContentAsString();
        Matcher secret = SECRET.matcher(html);
        if (html.contains("id=\"enrolment-required\"") && secret.find()) {
            Authenticators.learn(username, secret.group(1));
            session.remember(mvc.perform(post("/account/second-factor/confirm")
                            .with(session)
                            .with(csrf())
                            .param("code", Authenticators.nextCode(username)))
                    .andReturn());
        }
        return session;
    }
}
