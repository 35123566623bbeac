package vn.khien.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

/** The console on the demo province's alerts: filters, access per role, raw view, promotion. */
@KhienIntegrationTest
class AlertConsoleIntegrationTests extends MonitoringTestSupport {

    private long demoRollupOwnedBy(String agency) {
        return jdbc.sql("SELECT min(id) FROM monitoring.alert_rollup WHERE owner_code = ?")
                .param(agency)
                .query(Long.class)
                .single();
    }

    private long demoRollupNotOwnedBy(String agency) {
        return jdbc.sql("SELECT min(id) FROM monitoring.alert_rollup WHERE owner_code <> ? AND organisation_code <> ?")
                .param(agency)
                .param(agency)
                .query(Long.class)
                .single();
    }

    @Test
    void theDemoProvinceHasAlertsRolledUpAndADeadLetter() {
        assertThat(jdbc.sql("SELECT sum(alert_count) FROM monitoring.alert_rollup")
                        .query(Long.class)
                        .single())
                .isGreaterThan(300);
        assertThat(jdbc.sql("SELECT count(*) FROM monitoring.dead_letter")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void theCoordinatorSeesTheConsoleWithChartAndFilters() throws Exception {
        mvc.perform(get("/monitoring/alerts").with(as("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"hourly-chart\"")))
                .andExpect(content().string(Matchers.containsString("hx-trigger=\"every 15s\"")));
        mvc.perform(get("/monitoring/alerts/results")
                        .param("severity", "HIGH")
                        .param("tool", "suricata")
                        .with(as("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("rollups-table")));
        mvc.perform(get("/monitoring/alerts").param("ip", "not-an-ip").with(as("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("alert-danger")));
        mvc.perform(get("/monitoring/unassigned").with(as("dieuphoi")))
                .andExpect(content().string(Matchers.containsString("192.0.2.15")));
        mvc.perform(get("/monitoring/dead-letters").with(as("dieuphoi")))
                .andExpect(content().string(Matchers.containsString("dead-letter-table")));
    }

    @Test
    void anAgencySeesAlertsOnItsSystemsAndNotOthers() throws Exception {
        long own = demoRollupOwnedBy("H57.02");
        long other = demoRollupNotOwnedBy("H57.02");
        mvc.perform(get("/monitoring/alerts/" + own).with(as("canbo.sonv"))).andExpect(status().isOk());
        mvc.perform(get("/monitoring/alerts/" + other).with(as("canbo.sonv"))).andExpect(status().isNotFound());
    }

    @Test
    void aProviderSeesOnlyWhatItSentOrServes() throws Exception {
        long foreign = jdbc.sql("""
                        SELECT min(id) FROM monitoring.alert_rollup
                         WHERE organisation_code <> 'DV.GIAMSAT-DEMO' AND system_code IS NOT NULL""").query(Long.class).single();
        index.refresh();
        boolean served = index.systemsServedBy(java.util.Set.of(PROVIDER))
                .contains(jdbc.sql("SELECT system_code FROM monitoring.alert_rollup WHERE id = ?")
                        .param(foreign)
                        .query(String.class)
                        .single());
        mvc.perform(get("/monitoring/alerts/" + foreign).with(as("giamsat")))
                .andExpect(served ? status().isOk() : status().isNotFound());
    }

    @Test
    void aResponderPromotesByHandOnceAndAnOfficerCannot() throws Exception {
        long id = jdbc.sql(
                        "SELECT min(id) FROM monitoring.alert_rollup WHERE promoted_at IS NULL AND owner_code = 'H57.02'")
                .query(Long.class)
                .single();
        mvc.perform(post("/monitoring/alerts/" + id + "/promote")
                        .param("reason", "x")
                        .with(as("canbo.sonv")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/monitoring/alerts/" + id + "/promote")
                        .param("reason", "Dò quét liên tục")
                        .with(as("ungcuu")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit.audit_record WHERE action = 'monitoring.alerts.promoted' AND object_id = ?")
                        .param(Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post("/monitoring/alerts/" + id + "/promote").with(as("ungcuu")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit.audit_record WHERE action = 'monitoring.alerts.promoted' AND object_id = ?")
                        .param(Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void onlyTheCoordinatorEditsPromotionRules() throws Exception {
        mvc.perform(post("/monitoring/rules")
                        .param("name", "x")
                        .param("minSeverity", "HIGH")
                        .param("minCount", "1")
                        .param("windowMinutes", "5")
                        .with(as("canbo.sonv")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/monitoring/rules")
                        .param("name", "critical-anywhere")
                        .param("minSeverity", "CRITICAL")
                        .param("minCount", "1")
                        .param("windowMinutes", "30")
                        .param("enabled", "true")
                        .with(as("dieuphoi")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/monitoring/rules").with(as("dieuphoi")))
                .andExpect(content().string(Matchers.containsString("critical-anywhere")));
    }
}
