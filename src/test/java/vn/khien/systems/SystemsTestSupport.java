package vn.khien.systems;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.khien.support.SignedIn;

/**
 * What the systems integration tests share: requests as a demo user (their real account, so that
 * agency scopes apply, without paying for a password hash on every request) and fresh system codes.
 */
public abstract class SystemsTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    /** Signed in as the demo user, with a CSRF token as a browser session would send. */
    protected RequestPostProcessor as(String username) {
        var signedIn = SignedIn.as(users, username);
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    protected static String uniqueCode(String prefix) {
        return prefix + "." + System.nanoTime() % 1_000_000 + SEQUENCE.incrementAndGet();
    }

    protected ResultActions postJson(String username, String path, String body) throws Exception {
        return mvc.perform(post(path)
                .with(as(username))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    protected ResultActions getAs(String username, String path) throws Exception {
        return mvc.perform(get(path).with(as(username)));
    }

    protected MockHttpServletRequestBuilder form(String username, String path) {
        return post(path).with(as(username)).with(csrf());
    }

    /** Registers a system through the API as the coordinator and returns its code. */
    protected String registerSystem(String prefix, String ownerCode, String type) throws Exception {
        String code = uniqueCode(prefix);
        postJson("dieuphoi", "/api/v1/systems", """
                        {"code":"%s","name":"Hệ thống thử nghiệm %s","ownerCode":"%s","type":"%s","eGovernment":true,
                         "proposedLevel":2}""".formatted(code, code, ownerCode, type))
                .andExpect(status().isCreated());
        return code;
    }

    protected long count(String table) {
        return jdbc.sql("SELECT count(*) FROM systems." + table)
                .query(Long.class)
                .single();
    }

    protected java.util.List<String> auditActions(String objectId) {
        return jdbc.sql("SELECT action FROM audit.audit_record WHERE object_id = ? ORDER BY seq")
                .param(objectId)
                .query(String.class)
                .list();
    }
}
