package vn.khien.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

/**
 * Issue 15 leftover: an asset stored before overlaps were checked (or imported) that overlaps another
 * agency's asset waits for the coordinator's decision; only the coordinator confirms it shared, from
 * the system's assets tab or the API, and then its alerts are correlated again.
 */
@KhienIntegrationTest
class SharedAssetConfirmationIntegrationTests extends SystemsTestSupport {

    private static final String ADMIN = "dieuphoi";
    private static final String OFFICER = "canbo.sonv"; // H57.02
    private static final String OTHER_OFFICER = "canbo.thuanhoa"; // H57.P01

    /** A system of H57.02 holding, as stored before the check, a range inside one of H57.10's. */
    private record Stored(String system, UUID asset) {}

    private Stored storedOverlap() throws Exception {
        String range = "10.233." + ThreadLocalRandom.current().nextInt(1, 250) + ".0/24";
        String health = registerSystem("SYT", "H57.10", "CITIZEN_SERVICE");
        postJson(ADMIN, "/api/v1/systems/" + health + "/assets", "{\"kind\":\"CIDR\",\"value\":\"" + range + "\"}")
                .andExpect(status().isCreated());
        String home = registerSystem("SNV", "H57.02", "INTERNAL");
        UUID ref = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO systems.network_asset (information_system, position, ref, kind, value, shared)
                        SELECT id, 0, :ref, 'CIDR', :value, false FROM systems.information_system WHERE code = :code""")
                .param("ref", ref)
                .param("value", range.replace(".0/24", ".16/28"))
                .param("code", home)
                .update();
        return new Stored(home, ref);
    }

    private String assetsTab(String username, String system) throws Exception {
        return getAs(username, "/systems/" + system + "?tab=assets")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theCoordinatorSeesTheDecisionAwaitingAndTheAgencyOfficerDoesNot() throws Exception {
        Stored stored = storedOverlap();
        String path = "/systems/" + stored.system() + "/assets/" + stored.asset() + "/shared";
        assertThat(assetsTab(ADMIN, stored.system())).contains(path, "Xác nhận dùng chung");
        assertThat(assetsTab(OFFICER, stored.system())).doesNotContain(path);
    }

    @Test
    void onlyTheCoordinatorConfirmsAStoredOverlapSharedAndItIsAudited() throws Exception {
        Stored stored = storedOverlap();
        String api = "/api/v1/systems/" + stored.system() + "/assets/" + stored.asset() + "/shared";
        postJson(OFFICER, api, "").andExpect(status().isForbidden());
        postJson(OTHER_OFFICER, api, "").andExpect(status().isNotFound());
        postJson(ADMIN, api, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shared").value(true));

        assertThat(jdbc.sql("SELECT shared FROM systems.network_asset WHERE ref = ?")
                        .param(stored.asset())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(auditActions(stored.system())).contains("systems.asset.shared");
        assertThat(assetsTab(ADMIN, stored.system()))
                .doesNotContain("/assets/" + stored.asset() + "/shared")
                .contains("Dùng chung");
    }

    @Test
    void confirmingAnUnknownAssetIsNotFound() throws Exception {
        Stored stored = storedOverlap();
        postJson(ADMIN, "/api/v1/systems/" + stored.system() + "/assets/" + UUID.randomUUID() + "/shared", "")
                .andExpect(status().isNotFound());
    }
}
