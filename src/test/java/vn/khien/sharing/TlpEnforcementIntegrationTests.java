package vn.khien.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.khien.incidents.Tlp;
import vn.khien.support.KhienIntegrationTest;

/**
 * TLP 2.0 on every TAXII read: a reader outside an object's TLP gets nothing of it, not in the objects,
 * the manifest, the versions, the object by id or the {@code next} pages.
 */
@KhienIntegrationTest
class TlpEnforcementIntegrationTests extends SharingTestSupport {

    @Test
    void clearReachesEveryReaderEvenThoseAllowedOnlyAsAnyTokenHolder() throws Exception {
        UUID id = collection("province", vn.khien.sharing.application.Grant.ANYONE, "r", NATIONAL, "r");
        String object = storeIndicator(id, Tlp.CLEAR, List.of());
        assertThat(seen(id, issueToken(POLICE), object)).containsExactly(object, object, object, object);
        assertThat(seen(id, issueToken(NATIONAL), object)).containsExactly(object, object, object, object);
    }

    @Test
    void greenReachesTheCommunityNamedOnTheCollectionNotAnyTokenHolder() throws Exception {
        UUID id = collection("province", vn.khien.sharing.application.Grant.ANYONE, "r", NATIONAL, "r");
        String object = storeIndicator(id, Tlp.GREEN, List.of());
        assertThat(seen(id, issueToken(NATIONAL), object)).containsExactly(object, object, object, object);
        assertHidden(id, issueToken(POLICE), object);
    }

    @Test
    void amberReachesOnlyTheOrganisationsNamedOnTheObject() throws Exception {
        UUID id = collection("peers", NATIONAL, "r", POLICE, "r", FINANCE, "r");
        String object = storeIndicator(id, Tlp.AMBER, List.of(NATIONAL, FINANCE));
        assertThat(seen(id, issueToken(NATIONAL), object)).hasSize(4);
        assertThat(seen(id, issueToken(FINANCE), object)).hasSize(4);
        assertHidden(id, issueToken(POLICE), object);
    }

    @Test
    void amberStrictReachesOnlyTheOneOrganisation() throws Exception {
        UUID id = collection("national", NATIONAL, "r", POLICE, "r");
        String object = storeIndicator(id, Tlp.AMBER_STRICT, List.of(NATIONAL));
        assertThat(seen(id, issueToken(NATIONAL), object)).hasSize(4);
        assertHidden(id, issueToken(POLICE), object);
    }

    @Test
    void redNeverLeavesOverTaxiiNotEvenToANamedOrganisation() throws Exception {
        UUID id = collection("national", NATIONAL, "rw");
        String object = storeIndicator(id, Tlp.RED, List.of(NATIONAL));
        assertHidden(id, issueToken(NATIONAL), object);
    }

    @Test
    void nextPagesHoldOnlyWhatTheReaderMaySeeAndEndWithoutPhantomPages() throws Exception {
        UUID id = collection("peers", NATIONAL, "r", POLICE, "r");
        List<String> visible = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            visible.add(storeIndicator(id, Tlp.GREEN, List.of()));
            storeIndicator(id, Tlp.AMBER, List.of(NATIONAL));
            storeIndicator(id, Tlp.RED, List.of(POLICE));
        }
        storeIndicator(id, Tlp.AMBER, List.of(NATIONAL));
        String token = issueToken(POLICE);
        for (String endpoint : List.of("/objects/", "/manifest/")) {
            List<String> ids = new ArrayList<>();
            int pages = 0;
            String next = null;
            do {
                var request = get("/taxii2/peers/collections/" + id + endpoint).param("limit", "1");
                if (next != null) {
                    request.param("next", next);
                }
                String body = mvc.perform(taxii(request, token))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                ids.addAll(JsonPath.read(body, "$.objects[*].id"));
                next = JsonPath.<Boolean>read(body, "$.more") ? JsonPath.read(body, "$.next") : null;
                pages++;
            } while (next != null);
            assertThat(ids).as(endpoint).containsExactlyElementsOf(visible);
            assertThat(pages).as(endpoint).isEqualTo(visible.size());
        }
    }

    /** The object's id as the objects list, the manifest, the object by id and its versions show it. */
    private List<String> seen(UUID collection, String token, String object) throws Exception {
        String base = "/taxii2/" + root(collection) + "/collections/" + collection;
        List<String> seen = new ArrayList<>();
        seen.addAll(ids(token, base + "/objects/", "$.objects[*].id"));
        seen.addAll(ids(token, base + "/manifest/", "$.objects[*].id"));
        seen.addAll(ids(token, base + "/objects/" + object + "/", "$.objects[*].id"));
        if (!ids(token, base + "/objects/" + object + "/versions/", "$.versions[*]")
                .isEmpty()) {
            seen.add(object);
        }
        return seen;
    }

    private void assertHidden(UUID collection, String token, String object) throws Exception {
        String base = "/taxii2/" + root(collection) + "/collections/" + collection;
        assertThat(ids(token, base + "/objects/", "$.objects[*].id")).doesNotContain(object);
        assertThat(ids(token, base + "/manifest/", "$.objects[*].id")).doesNotContain(object);
        mvc.perform(taxii(get(base + "/objects/" + object + "/"), token)).andExpect(status().isNotFound());
        mvc.perform(taxii(get(base + "/objects/" + object + "/versions/"), token))
                .andExpect(status().isNotFound());
    }

    private List<String> ids(String token, String url, String path) throws Exception {
        var response = mvc.perform(taxii(get(url), token)).andReturn().getResponse();
        if (response.getStatus() != 200) {
            return List.of();
        }
        String body = response.getContentAsString();
        try {
            return JsonPath.read(body, path);
        } catch (com.jayway.jsonpath.PathNotFoundException e) {
            return List.of();
        }
    }

    private String root(UUID collection) {
        return jdbc.sql("SELECT api_root FROM sharing.collection WHERE id = ?")
                .param(collection)
                .query(String.class)
                .single();
    }
}
