package vn.khien.incidents;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.khien.support.SignedIn;

/** Requests as demo users (their real accounts and scopes) and a quick way to report an incident. */
public abstract class IncidentsTestSupport {

    protected static final String RESPONDER = "ungcuu";
    protected static final String OFFICER = "canbo.sonv";
    protected static final String OTHER_OFFICER = "canbo.syt";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    protected RequestPostProcessor as(String username) {
        var signedIn = SignedIn.as(users, username);
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    protected ResultActions postJson(String username, String path, String body) throws Exception {
        return mvc.perform(post(path)
                .with(as(username))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    protected ResultActions putJson(String username, String path, String body) throws Exception {
        return mvc.perform(put(path)
                .with(as(username))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    protected ResultActions getAs(String username, String path) throws Exception {
        return mvc.perform(get(path).with(as(username)));
    }

    /** Reports an incident on the Department of Home Affairs' portal as its officer; returns the reference. */
    protected String report(String detectedAt, String tlp) throws Exception {
        String body = postJson(OFFICER, "/api/v1/incidents", """
                        {"systemCode":"SNV.WEB","detectedAt":"%s","type":"DEFACEMENT",
                         "summary":"Trang chủ bị thay đổi giao diện","severity":"HIGH","tlp":"%s",
                         "contactEmail":"canbo.sonv@demo.khien.vn"}""".formatted(detectedAt, tlp))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.reference");
    }

    protected void move(String reference, String action) throws Exception {
        postJson(RESPONDER, "/api/v1/incidents/" + reference + "/transitions", "{\"action\":\"" + action + "\"}")
                .andExpect(status().isOk());
    }

    protected long incidents() {
        return jdbc.sql("SELECT count(*) FROM incidents.incident")
                .query(Long.class)
                .single();
    }

    protected List<String> auditActions(String reference) {
        return jdbc.sql("SELECT action FROM audit.audit_record WHERE object_id = ? ORDER BY seq")
                .param(reference)
                .query(String.class)
                .list();
    }
}
