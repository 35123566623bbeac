package vn.khien.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khien.incidents.IncidentCoordination;
import vn.khien.incidents.IndicatorKind;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/**
 * The outbound path: a responder proposes an incident's indicators, the coordinator approves at
 * TLP:AMBER for named organisations, a named organisation's token pulls them, others get nothing.
 */
@KhienIntegrationTest
class ShareReviewIntegrationTests extends SharingTestSupport {

    @Autowired
    IncidentCoordination coordination;

    @Test
    void aResponderProposesTheCoordinatorApprovesAtAmberANamedPeerPullsAndAnOutsiderGetsNothing() throws Exception {
        String reference = incidentWithIndicator("198.51.100.77");
        mvc.perform(post("/sharing/propose")
                        .with(as("ungcuu"))
                        .param("incident", reference)
                        .param("stage", "INITIAL_NOTICE")
                        .param("observables", "198.51.100.77")
                        .param("note", "Đã chặn tại tường lửa"))
                .andExpect(status().is3xxRedirection());
        long request = latestRequest(reference);
        mvc.perform(get("/sharing/review").with(as("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("request-" + request)));
        UUID outbound = collection("peers", NATIONAL, "r", POLICE, "r");
        mvc.perform(post("/sharing/review/" + request + "/approve")
                        .with(as("ungcuu"))
                        .param("tlp", "AMBER")
                        .param("audience", NATIONAL)
                        .param("collection", outbound.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sharing/review/" + request + "/approve")
                        .with(as("dieuphoi"))
                        .param("tlp", "AMBER")
                        .param("audience", NATIONAL)
                        .param("collection", outbound.toString()))
                .andExpect(status().is3xxRedirection());

        String url = "/taxii2/peers/collections/" + outbound + "/objects/";
        String pulled = mvc.perform(taxii(get(url), issueToken(NATIONAL)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(pulled, "$.objects[?(@.type=='indicator')].pattern"))
                .containsExactly("[ipv4-addr:value = '198.51.100.77']");
        assertThat(JsonPath.<List<String>>read(pulled, "$.objects[?(@.type=='incident')].name"))
                .containsExactly(reference);
        assertThat(JsonPath.<List<String>>read(pulled, "$.objects[?(@.type=='incident')].description"))
                .as("the summary is redacted unless the coordinator shares it")
                .isEmpty();
        String outsider = mvc.perform(taxii(get(url), issueToken(POLICE)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<Boolean>read(outsider, "$.more")).isFalse();
        assertThat(outsider).doesNotContain("objects");
        assertThat(jdbc.sql("SELECT status FROM sharing.share_request WHERE id = ?")
                        .param(request)
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED");
    }

    @Test
    void anApprovalMustNameTheAmberAudienceAndAnOutboundCollectionAndRedIsRefused() throws Exception {
        String reference = incidentWithIndicator("evil.example.vn");
        mvc.perform(post("/sharing/propose")
                        .with(as("ungcuu"))
                        .param("incident", reference)
                        .param("stage", "REPORT")
                        .param("observables", "evil.example.vn"))
                .andExpect(status().is3xxRedirection());
        long request = latestRequest(reference);
        UUID outbound = collection("peers", NATIONAL, "r");
        mvc.perform(post("/sharing/review/" + request + "/approve")
                        .with(as("dieuphoi"))
                        .param("tlp", "AMBER")
                        .param("collection", outbound.toString()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("sharing-problems")));
        mvc.perform(post("/sharing/review/" + request + "/approve")
                        .with(as("dieuphoi"))
                        .param("tlp", "RED")
                        .param("collection", outbound.toString()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("sharing-problems")));
        mvc.perform(post("/sharing/propose")
                        .with(as("ungcuu"))
                        .param("incident", reference)
                        .param("stage", "REPORT")
                        .param("observables", "not-an-indicator-of-this-incident.vn"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("sharing-problems")));
        assertThat(jdbc.sql("SELECT count(*) FROM sharing.stix_object WHERE collection_id = ?")
                        .param(outbound)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyTheResponseTeamUsesTheSharingPagesAndProposesAndOnlyTheCoordinatorChangesGrants() throws Exception {
        String reference = incidentWithIndicator("203.0.113.44");
        mvc.perform(get("/sharing").with(as("ungcuu"))).andExpect(status().isOk());
        mvc.perform(get("/sharing/received").with(as("dieuphoi"))).andExpect(status().isOk());
        mvc.perform(get("/sharing/propose").param("incident", reference).with(as("ungcuu")))
                .andExpect(status().isOk());
        mvc.perform(get("/incidents/" + reference).param("tab", "coordination").with(as("ungcuu")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("share-indicators")));
        mvc.perform(get("/sharing").with(as("canbo.sonv"))).andExpect(status().isForbidden());
        mvc.perform(get("/sharing/review").with(as("congan"))).andExpect(status().isForbidden());
        mvc.perform(post("/sharing/propose")
                        .with(as("canbo.sonv"))
                        .param("incident", reference)
                        .param("stage", "REPORT")
                        .param("observables", "203.0.113.44"))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
        UUID id = collection("peers");
        mvc.perform(post("/sharing/collections/" + id + "/grants")
                        .with(as("ungcuu"))
                        .param("organisationCode", NATIONAL)
                        .param("canRead", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sharing/propose").param("incident", "SC-0000-0000").with(as("ungcuu")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCollectionsPageNamesTheGranteesAndTheirRightsInWords() throws Exception {
        UUID id = collection("peers", "H57.10", "rw");
        String page = mvc.perform(get("/sharing").with(as("dieuphoi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String row = page.substring(page.indexOf("id=\"collection-" + id + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Sở Y tế</span>:").contains("Đọc và ghi").doesNotContain("(rw)");
    }

    @Test
    void theCoordinatorUploadsAStixBundleIntoAnInboundCollectionAndMalformedFilesStoreNothing() throws Exception {
        String bundle =
                Interop.fixture("stix/ctidoc-indicator-for-malicious-url.json").toString();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        SignedIn.inSecurityContext(users, "dieuphoi");
        UUID inbound;
        try {
            inbound = collections.open("national", "Upload " + UUID.randomUUID(), null, "INBOUND");
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        var file = new org.springframework.mock.web.MockMultipartFile(
                "file", "bundle.json", "application/json", bundle.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/sharing/received/import")
                        .file(file)
                        .param("collection", inbound.toString())
                        .with(as("ungcuu")))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/sharing/received/import")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "broken.json", "application/json", "{\"objects\": [".getBytes()))
                        .param("collection", inbound.toString())
                        .with(as("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("sharing-problems")));
        assertThat(count(inbound)).isZero();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/sharing/received/import")
                        .file(file)
                        .param("collection", inbound.toString())
                        .with(as("dieuphoi")))
                .andExpect(status().is3xxRedirection());
        assertThat(count(inbound)).isEqualTo(3);
        mvc.perform(get("/sharing/received")
                        .param("type", "indicator")
                        .param("q", "malicious")
                        .with(as("dieuphoi")))
                .andExpect(status().isOk());
    }

    @Test
    void theCoordinatorAddsARemoteCollectionPullsItNowAndSeesWhyItFailed() throws Exception {
        SignedIn.inSecurityContext(users, "dieuphoi");
        UUID inbound;
        try {
            inbound = collections.open("peers", "Remote " + UUID.randomUUID(), null, "INBOUND");
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/taxii2/peers/collections/x/";
        mvc.perform(post("/sharing/remotes")
                        .with(as("ungcuu"))
                        .param("collectionUrl", url)
                        .param("into", inbound.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sharing/remotes")
                        .with(as("dieuphoi"))
                        .param("collectionUrl", "ftp://x/")
                        .param("into", inbound.toString()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("sharing-problems")));
        mvc.perform(post("/sharing/remotes")
                        .with(as("dieuphoi"))
                        .param("collectionUrl", url)
                        .param("into", inbound.toString()))
                .andExpect(status().is3xxRedirection());
        UUID source = jdbc.sql("SELECT id FROM sharing.remote_source WHERE collection_url = ?")
                .param(url)
                .query(UUID.class)
                .single();
        mvc.perform(post("/sharing/remotes/" + source + "/pull").with(as("ungcuu")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sharing/remotes/" + source + "/pull").with(as("dieuphoi")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/sharing").with(as("dieuphoi")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("unreachable")));
        assertThat(count(inbound)).isZero();
    }

    private int count(UUID collection) {
        return jdbc.sql("SELECT count(*) FROM sharing.stix_object WHERE collection_id = ?")
                .param(collection)
                .query(Integer.class)
                .single();
    }

    /** A demo incident that is not RED, with one more indicator added by the response team. */
    private String incidentWithIndicator(String value) {
        String reference = jdbc.sql("SELECT reference FROM incidents.incident WHERE tlp <> 'RED' ORDER BY id LIMIT 1")
                .query(String.class)
                .single();
        SignedIn.inSecurityContext(users, "ungcuu");
        try {
            IndicatorKind kind = Character.isDigit(value.charAt(0)) ? IndicatorKind.IP : IndicatorKind.DOMAIN;
            try {
                coordination.addIndicator(reference, kind, value);
            } catch (vn.khien.shared.ConflictException alreadyThere) {
                // added by an earlier test of this run
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        return reference;
    }

    private long latestRequest(String reference) {
        return jdbc.sql("SELECT max(id) FROM sharing.share_request WHERE incident_reference = ?")
                .param(reference)
                .query(Long.class)
                .single();
    }
}
