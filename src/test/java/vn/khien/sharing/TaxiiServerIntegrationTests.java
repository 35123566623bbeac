package vn.khien.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import vn.khien.incidents.Tlp;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class TaxiiServerIntegrationTests extends SharingTestSupport {

    @Test
    void discoveryNamesTheTrustGroupsApiRootsAndAnApiRootItsLimits() throws Exception {
        String token = issueToken(NATIONAL);
        mvc.perform(taxii(get("/taxii2/"), token))
                .andExpect(status().isOk())
                .andExpect(content().contentType(TAXII))
                .andExpect(jsonPath("$.api_roots[0]").value("http://localhost/taxii2/province/"))
                .andExpect(jsonPath("$.api_roots[1]").value("http://localhost/taxii2/national/"))
                .andExpect(jsonPath("$.api_roots[2]").value("http://localhost/taxii2/peers/"));
        mvc.perform(taxii(get("/taxii2/national/"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0]").value(TAXII))
                .andExpect(jsonPath("$.max_content_length").value(10485760));
        mvc.perform(taxii(get("/taxii2/nowhere/"), token))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.http_status").value("404"));
    }

    @Test
    void tokensAreCredentialsAsBearerOrAsTheBasicPasswordAndNothingElseIs() throws Exception {
        String token = issueToken(NATIONAL);
        String basic = Base64.getEncoder().encodeToString(("client:" + token).getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/taxii2/").header(HttpHeaders.AUTHORIZATION, "Basic " + basic))
                .andExpect(status().isOk());
        mvc.perform(get("/taxii2/")).andExpect(status().isUnauthorized());
        String wrong = Base64.getEncoder().encodeToString("dieuphoi:Khien-Demo-2026".getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/taxii2/").header(HttpHeaders.AUTHORIZATION, "Basic " + wrong))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aCollectionIsListedOnlyToOrganisationsWithAGrantAndOthersGet404() throws Exception {
        UUID id = collection("peers", NATIONAL, "r");
        String reader = issueToken(NATIONAL);
        String stranger = issueToken(POLICE);
        mvc.perform(taxii(get("/taxii2/peers/collections/"), reader))
                .andExpect(jsonPath("$.collections[?(@.id=='%s')].can_read".formatted(id))
                        .value(true));
        String listed = mvc.perform(taxii(get("/taxii2/peers/collections/"), stranger))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(listed).doesNotContain(id.toString());
        mvc.perform(taxii(get("/taxii2/peers/collections/" + id + "/"), stranger))
                .andExpect(status().isNotFound());
        mvc.perform(taxii(get("/taxii2/peers/collections/" + id + "/objects/"), stranger))
                .andExpect(status().isNotFound());
        mvc.perform(taxii(get("/taxii2/peers/collections/" + id + "/objects/"), reader))
                .andExpect(status().isOk());
    }

    @Test
    void pagesFollowNextWithoutRepeatsAndCarryTheDateAddedHeaders() throws Exception {
        UUID id = collection("peers", NATIONAL, "r");
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            stored.add(storeIndicator(id, Tlp.GREEN, List.of()));
        }
        String token = issueToken(NATIONAL);
        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            var request = get("/taxii2/peers/collections/" + id + "/objects/").param("limit", "2");
            if (next != null) {
                request.param("next", next);
            }
            var response = mvc.perform(taxii(request, token))
                    .andExpect(status().isOk())
                    .andExpect(header().exists("X-TAXII-Date-Added-First"))
                    .andReturn()
                    .getResponse();
            String body = response.getContentAsString();
            seen.addAll(JsonPath.read(body, "$.objects[*].id"));
            next = JsonPath.<Boolean>read(body, "$.more") ? JsonPath.read(body, "$.next") : null;
        } while (next != null);
        assertThat(seen).containsExactlyElementsOf(stored);
    }

    @Test
    void versionsManifestAndMatchFiltersAnswerPerObject() throws Exception {
        UUID id = collection("peers", NATIONAL, "rw");
        String token = issueToken(NATIONAL);
        String objectId = "indicator--" + UUID.randomUUID();
        String v1 = indicator(objectId, "2026-11-01T00:00:00.000Z");
        String v2 = indicator(objectId, "2026-11-02T00:00:00.000Z");
        mvc.perform(taxii(post("/taxii2/peers/collections/" + id + "/objects/"), token)
                        .contentType(TAXII)
                        .content("{\"objects\":[" + v1 + "," + v2 + "]}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.success_count").value(2));
        String base = "/taxii2/peers/collections/" + id;
        mvc.perform(taxii(get(base + "/objects/" + objectId + "/versions/"), token))
                .andExpect(jsonPath("$.versions.length()").value(2));
        mvc.perform(taxii(get(base + "/objects/" + objectId + "/"), token))
                .andExpect(jsonPath("$.objects.length()").value(1))
                .andExpect(jsonPath("$.objects[0].modified").value("2026-11-02T00:00:00.000Z"));
        mvc.perform(taxii(get(base + "/objects/").param("match[version]", "all"), token))
                .andExpect(jsonPath("$.objects.length()").value(2));
        mvc.perform(taxii(get(base + "/objects/").param("match[version]", "first"), token))
                .andExpect(jsonPath("$.objects[0].modified").value("2026-11-01T00:00:00.000Z"));
        mvc.perform(taxii(get(base + "/manifest/").param("match[type]", "indicator"), token))
                .andExpect(jsonPath("$.objects[0].version").value("2026-11-02T00:00:00.000Z"))
                .andExpect(jsonPath("$.objects[0].media_type").value("application/stix+json;version=2.1"));
        mvc.perform(taxii(get(base + "/objects/").param("match[type]", "malware"), token))
                .andExpect(jsonPath("$.objects").doesNotExist());
        mvc.perform(taxii(
                        delete(base + "/objects/" + objectId + "/").param("match[version]", "2026-11-02T00:00:00.000Z"),
                        token))
                .andExpect(status().isOk());
        mvc.perform(taxii(get(base + "/objects/" + objectId + "/"), token))
                .andExpect(jsonPath("$.objects[0].modified").value("2026-11-01T00:00:00.000Z"));
    }

    @Test
    void anEnvelopeIsStoredObjectByObjectAndItsStatusIsForThePosterOnly() throws Exception {
        UUID id = collection("national", NATIONAL, "rw", POLICE, "rw");
        String token = issueToken(NATIONAL);
        String good = indicator("indicator--" + UUID.randomUUID(), "2026-11-01T00:00:00.000Z");
        String unknown = "{\"type\":\"x-weird\",\"id\":\"x-weird--" + UUID.randomUUID() + "\"}";
        String noModified = good.replace("\"modified\":\"2026-11-01T00:00:00.000Z\",", "")
                .replaceAll("indicator--[0-9a-f-]+", "indicator--" + UUID.randomUUID());
        String body = mvc.perform(taxii(post("/taxii2/national/collections/" + id + "/objects/"), token)
                        .contentType(TAXII)
                        .content("{\"objects\":[" + good + "," + unknown + "," + noModified + "]}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("complete"))
                .andExpect(jsonPath("$.total_count").value(3))
                .andExpect(jsonPath("$.success_count").value(1))
                .andExpect(jsonPath("$.failure_count").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String statusId = JsonPath.read(body, "$.id");
        mvc.perform(taxii(get("/taxii2/national/status/" + statusId + "/"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.failures[0].message").value("unknown STIX type x-weird"));
        mvc.perform(taxii(get("/taxii2/national/status/" + statusId + "/"), issueToken(POLICE)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM sharing.stix_object WHERE collection_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void wrongMediaTypesOversizedAndMalformedEnvelopesGetTheSpecificationsErrorsAndStoreNothing() throws Exception {
        UUID id = collection("national", NATIONAL, "rw");
        String token = issueToken(NATIONAL);
        String url = "/taxii2/national/collections/" + id + "/objects/";
        mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .header(HttpHeaders.ACCEPT, "text/html"))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentType(TAXII))
                .andExpect(jsonPath("$.http_status").value("406"));
        mvc.perform(taxii(post(url), token).contentType("application/json").content("{\"objects\":[]}"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(taxii(post(url), token).contentType(TAXII).content("{\"objects\": [ {"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Bad request"));
        mvc.perform(taxii(post(url), token).contentType(TAXII).content("[]")).andExpect(status().isBadRequest());
        mvc.perform(taxii(post(url), token).contentType(TAXII).content(new byte[10485761]))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(taxii(get(url).param("limit", "zero"), token)).andExpect(status().isBadRequest());
        mvc.perform(taxii(get(url).param("added_after", "yesterday"), token)).andExpect(status().isBadRequest());
        mvc.perform(taxii(get(url).param("next", "!!"), token)).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM sharing.stix_object WHERE collection_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aReaderWithoutAWriteGrantCannotPostAndAWriterWithoutReadCannotRead() throws Exception {
        UUID id = collection("national", NATIONAL, "r", POLICE, "w");
        String url = "/taxii2/national/collections/" + id + "/objects/";
        mvc.perform(taxii(post(url), issueToken(NATIONAL)).contentType(TAXII).content("{\"objects\":[]}"))
                .andExpect(status().isForbidden());
        mvc.perform(taxii(get(url), issueToken(POLICE))).andExpect(status().isForbidden());
    }

    static String indicator(String id, String modified) {
        return ("{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"%s\",\"created\":\"2026-11-01T00:00:00.000Z\","
                        + "\"modified\":\"%s\",\"pattern\":\"[domain-name:value = 'bad.example']\","
                        + "\"pattern_type\":\"stix\",\"valid_from\":\"2026-11-01T00:00:00.000Z\"}")
                .formatted(id, modified);
    }
}
