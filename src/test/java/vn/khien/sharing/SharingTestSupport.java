package vn.khien.sharing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import vn.khien.incidents.Tlp;
import vn.khien.sharing.application.CollectionManagement;
import vn.khien.sharing.application.ObjectStore;
import vn.khien.sharing.stix.ReceivedObject;
import vn.khien.sharing.stix.TlpMarking;
import vn.khien.support.SignedIn;

/** Tokens, collections with grants, stored objects and TAXII calls for the sharing integration tests. */
abstract class SharingTestSupport {

    static final String TAXII = "application/taxii+json;version=2.1";
    static final String NATIONAL = "QG.NCSC";
    static final String POLICE = "QG.A05";
    static final String FINANCE = "H57.03";
    static final String JUSTICE = "H57.04";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected UserDetailsService users;

    @Autowired
    protected CollectionManagement collections;

    @Autowired
    protected ObjectStore store;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    protected RequestPostProcessor as(String username) {
        var signedIn = SignedIn.as(users, username);
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    protected String issueToken(String organisation) throws Exception {
        String body = mvc.perform(post("/api/v1/api-tokens")
                        .with(as("dieuphoi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationCode\":\"%s\",\"name\":\"taxii client\"}".formatted(organisation)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    /** A new collection in the API root with the grants given as {@code org, "r"|"w"|"rw"} pairs. */
    protected UUID collection(String root, String... grants) {
        SignedIn.inSecurityContext(users, "dieuphoi");
        try {
            UUID id = collections.open(root, "Test " + UUID.randomUUID(), null, "OUTBOUND");
            for (int i = 0; i < grants.length; i += 2) {
                collections.grant(id, grants[i], grants[i + 1].contains("r"), grants[i + 1].contains("w"));
            }
            return id;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** An indicator marked {@code tlp} (none: unmarked), stored for {@code audience}. */
    protected String storeIndicator(UUID collection, Tlp tlp, List<String> audience) {
        String id = "indicator--" + UUID.randomUUID();
        String json = """
                {"type":"indicator","spec_version":"2.1","id":"%s","created":"2026-11-01T00:00:00.000Z",
                 "modified":"2026-11-01T00:00:00.000Z","pattern":"[ipv4-addr:value = '198.51.100.9']",
                 "pattern_type":"stix","valid_from":"2026-11-01T00:00:00.000Z"%s}""".formatted(
                id,
                tlp == null
                        ? ""
                        : ",\"object_marking_refs\":[\"" + TlpMarking.of(tlp).id() + "\"]");
        JsonNode node = Interop.JSON.readTree(json);
        store.add(
                collection,
                List.of((ReceivedObject) ReceivedObject.read(node, Instant.now())),
                audience,
                Instant.now());
        return id;
    }

    protected static MockHttpServletRequestBuilder taxii(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).header(HttpHeaders.ACCEPT, TAXII);
    }
}
