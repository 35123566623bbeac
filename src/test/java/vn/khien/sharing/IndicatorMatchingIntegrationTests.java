package vn.khien.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import vn.khien.sharing.application.BundleImport;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;
import vn.khien.systems.AssetKind;
import vn.khien.systems.SystemDirectory;

/**
 * Issue 20 item 5: an indicator received in a bundle matches an alert posted afterwards through the HTTP
 * intake: the alert's severity is raised and the sighting is on the indicator's page, for the response
 * team and the owning agency, not for another agency. Expired and revoked indicators do not match.
 */
@KhienIntegrationTest
class IndicatorMatchingIntegrationTests extends SharingTestSupport {

    private static final String OWNER = "H57.02"; // owns SNV.WEB

    @Autowired
    BundleImport imports;

    @Autowired
    SystemDirectory systems;

    private UUID inbound;
    private String target;
    private String token;

    @BeforeEach
    void inboundCollectionAndAServedAddress() throws Exception {
        SignedIn.inSecurityContext(users, "dieuphoi");
        inbound = collections.open("national", "Indicators " + UUID.randomUUID(), null, "INBOUND");
        String range = systems.monitoredAssets().stream()
                .filter(a -> a.systemCode().equals("SNV.WEB") && a.kind() == AssetKind.CIDR)
                .findFirst()
                .orElseThrow()
                .value();
        target = range.substring(0, range.lastIndexOf('.')) + ".20";
        token = issueToken(OWNER);
    }

    private static String hostileAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.18." + r.nextInt(0, 256) + "." + r.nextInt(1, 255);
    }

    private String indicator(String pattern, Instant modified, String extra) {
        String id = "indicator--" + UUID.randomUUID();
        receive(id, pattern, modified, extra);
        return id;
    }

    private void receive(String id, String pattern, Instant modified, String extra) {
        String bundle = """
                {"type":"bundle","id":"bundle--%s","objects":[{"type":"indicator","spec_version":"2.1","id":"%s",
                 "created":"2026-01-01T00:00:00.000Z","modified":"%s","name":"Máy chủ điều khiển mã độc",
                 "pattern":"%s","pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"%s}]}""".formatted(UUID.randomUUID(), id, modified.truncatedTo(ChronoUnit.MILLIS), pattern, extra);
        SignedIn.inSecurityContext(users, "dieuphoi");
        assertThat(imports.receive(inbound, bundle).stored()).isEqualTo(1);
        signOut();
    }

    /** Posts one low alert from the source to the agency's system; returns its rule id. */
    private String postAlert(String source) throws Exception {
        String rule = "IOC-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/alerts")
                        .param("format", "generic")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType("application/x-ndjson")
                        .content(
                                "{\"timestamp\":\"%s\",\"ruleId\":\"%s\",\"ruleName\":\"Kết nối ra ngoài\",\"severity\":\"low\",\"srcIp\":\"%s\",\"dstIp\":\"%s\"}"
                                        .formatted(Instant.now(), rule, source, target)))
                .andExpect(jsonPath("$.accepted").value(1));
        return rule;
    }

    private int severityOf(String rule) {
        return jdbc.sql("SELECT severity FROM monitoring.alert WHERE rule_id = ?")
                .param(rule)
                .query(Integer.class)
                .single();
    }

    private long sightings(String indicator) {
        return jdbc.sql("SELECT count(*) FROM monitoring.indicator_sighting WHERE indicator_id = ?")
                .param(indicator)
                .query(Long.class)
                .single();
    }

    @Test
    void aReceivedIndicatorMatchesALaterAlertRaisesItAndShowsTheSightingToItsAgencyOnly() throws Exception {
        String hostile = hostileAddress();
        String id = indicator("[ipv4-addr:value = '" + hostile + "']", Instant.now(), "");
        String rule = postAlert(hostile);

        assertThat(severityOf(rule)).as("LOW raised to HIGH").isEqualTo(3);
        assertThat(sightings(id)).isEqualTo(1);
        for (String viewer : new String[] {"dieuphoi", "canbo.sonv"}) {
            mvc.perform(get("/sharing/indicators/" + id).with(as(viewer)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(hostile)))
                    .andExpect(content().string(Matchers.containsString("Kết nối ra ngoài")));
        }
        mvc.perform(get("/sharing/indicators/" + id).with(as("canbo.syt"))).andExpect(status().isNotFound());
        Long rollup = jdbc.sql("SELECT id FROM monitoring.alert_rollup WHERE rule_id = ?")
                .param(rule)
                .query(Long.class)
                .single();
        mvc.perform(get("/monitoring/alerts/" + rollup).with(as("canbo.sonv")))
                .andExpect(content().string(Matchers.containsString("/sharing/indicators/" + id)));
    }

    @Test
    void aNetworkIndicatorMatchesEveryAddressInside() throws Exception {
        String hostile = hostileAddress();
        String network = hostile.substring(0, hostile.lastIndexOf('.')) + ".0/24";
        String id = indicator("[ipv4-addr:value ISSUBSET '" + network + "']", Instant.now(), "");
        postAlert(hostile);
        assertThat(sightings(id)).isEqualTo(1);
    }

    @Test
    void anExpiredIndicatorDoesNotMatch() throws Exception {
        String hostile = hostileAddress();
        String id = indicator(
                "[ipv4-addr:value = '" + hostile + "']", Instant.now(), ",\"valid_until\":\"2026-02-01T00:00:00Z\"");
        String rule = postAlert(hostile);
        assertThat(severityOf(rule)).as("stays LOW").isEqualTo(1);
        assertThat(sightings(id)).isZero();
    }

    @Test
    void aRevokedVersionStopsTheIndicatorMatching() throws Exception {
        String hostile = hostileAddress();
        Instant first = Instant.now().minusSeconds(60);
        String id = indicator("[ipv4-addr:value = '" + hostile + "']", first, "");
        postAlert(hostile);
        assertThat(sightings(id)).isEqualTo(1);

        receive(id, "[ipv4-addr:value = '" + hostile + "']", first.plusSeconds(30), ",\"revoked\":true");
        String rule = postAlert(hostile);
        assertThat(severityOf(rule)).isEqualTo(1);
        assertThat(sightings(id)).isEqualTo(1);
    }

    @Test
    void anUnsupportedPatternIsKeptAndShownAsNotMatchable() throws Exception {
        String id = indicator(
                "[ipv4-addr:value = '198.18.0.1'] AND [domain-name:value = 'evil.example.vn']", Instant.now(), "");
        mvc.perform(get("/sharing/indicators/" + id).with(as("ungcuu")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("AND")));
        mvc.perform(get("/sharing/indicators/" + id).with(as("canbo.sonv"))).andExpect(status().isNotFound());
    }
}
