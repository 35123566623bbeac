package vn.khien.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import vn.khien.support.KhienIntegrationTest;

/**
 * Issue 15 (2): an agency may not take another agency's network assets, nor name another agency as
 * its system's operator, without the coordinator's decision.
 */
@KhienIntegrationTest
class SystemOwnershipIntegrationTests extends SystemsTestSupport {

    private static final String ADMIN = "dieuphoi";
    private static final String OFFICER = "canbo.sonv"; // H57.02

    /** A fresh system of the Department of Health (H57.10) holding the asset, recorded by the coordinator. */
    private String healthSystemWith(String kind, String value) throws Exception {
        String code = registerSystem("SYT", "H57.10", "CITIZEN_SERVICE");
        postJson(ADMIN, "/api/v1/systems/" + code + "/assets", asset(kind, value))
                .andExpect(status().isCreated());
        return code;
    }

    /** A fresh system of the Department of Home Affairs (H57.02), registered by its own officer. */
    private String homeAffairsSystem() throws Exception {
        String code = uniqueCode("SNV");
        postJson(OFFICER, "/api/v1/systems", """
                        {"code":"%s","name":"Hệ thống mới %s","ownerCode":"H57.02","type":"INTERNAL",
                         "proposedLevel":2}""".formatted(code, code)).andExpect(status().isCreated());
        return code;
    }

    private static String asset(String kind, String value) {
        return "{\"kind\":\"%s\",\"value\":\"%s\"}".formatted(kind, value);
    }

    private static int octet() {
        return ThreadLocalRandom.current().nextInt(1, 250);
    }

    private String nameOf(String code) {
        return jdbc.sql("SELECT name FROM systems.information_system WHERE code = ?")
                .param(code)
                .query(String.class)
                .single();
    }

    @Test
    void refusesAnOfficerClaimingARangeOfAnotherAgencysSystemNamingThatSystem() throws Exception {
        String range = "10.231." + octet() + ".0/24";
        String health = healthSystemWith("CIDR", range);
        String own = homeAffairsSystem();
        String host = range.replace(".0/24", ".17");
        postJson(OFFICER, "/api/v1/systems/" + own + "/assets", asset("CIDR", host))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail", Matchers.containsString(health)))
                .andExpect(jsonPath("$.detail", Matchers.containsString(nameOf(health))));
        // a wider range holding the other agency's range is refused as well
        postJson(OFFICER, "/api/v1/systems/" + own + "/assets", asset("CIDR", "10.231.0.0/16"))
                .andExpect(status().isConflict());
        // the officer may not decide it, even when saying so
        postJson(OFFICER, "/api/v1/systems/" + own + "/assets", """
                        {"kind":"CIDR","value":"%s","confirmOverlap":true}""".formatted(host))
                .andExpect(status().isConflict());
        getAs(OFFICER, "/api/v1/systems/" + own + "/assets")
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void refusesOverlappingIpv6RangesOfAnotherAgency() throws Exception {
        String prefix = "2001:db8:%x:%x".formatted(octet(), octet());
        String health = healthSystemWith("CIDR", prefix + "::/64");
        String own = homeAffairsSystem();
        postJson(OFFICER, "/api/v1/systems/" + own + "/assets", asset("CIDR", prefix + "::5"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString(health)));
    }

    @Test
    void refusesAnOfficerClaimingAHostNameOrADomainOfAnotherAgency() throws Exception {
        String domain = "syt-" + System.nanoTime() % 1_000_000 + ".hue.gov.vn";
        String health = healthSystemWith("DOMAIN", domain);
        String own = homeAffairsSystem();
        String path = "/api/v1/systems/" + own + "/assets";
        // the same name in other letters, a host under the domain, and the domain itself
        postJson(OFFICER, path, asset("DOMAIN", domain.toUpperCase()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString(health)));
        postJson(OFFICER, path, asset("HOSTNAME", "Portal." + domain)).andExpect(status().isConflict());
        postJson(OFFICER, path, asset("HOSTNAME", domain)).andExpect(status().isConflict());
        // a domain above another agency's host name would take its alerts too
        String hostSystem = healthSystemWith("HOSTNAME", "mail." + domain.replace("syt-", "bv-"));
        postJson(OFFICER, path, asset("DOMAIN", domain.replace("syt-", "bv-")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString(hostSystem)));
        // names of its own stay free
        postJson(OFFICER, path, asset("HOSTNAME", "portal.other-" + domain)).andExpect(status().isCreated());
    }

    @Test
    void coordinatorRecordsASharedAssetOnlyWhenConfirmingIt() throws Exception {
        String range = "10.232." + octet() + ".0/24";
        healthSystemWith("CIDR", range);
        String own = homeAffairsSystem();
        String path = "/api/v1/systems/" + own + "/assets";
        postJson(ADMIN, path, asset("CIDR", range)).andExpect(status().isConflict());
        postJson(ADMIN, path, """
                        {"kind":"CIDR","value":"%s","confirmOverlap":true}""".formatted(range))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.shared").value(true));
        assertThat(auditActions(own)).contains("systems.asset.added");
    }

    @Test
    void overlapsWithinOneAgencyStayAllowed() throws Exception {
        String range = "10.233." + octet() + ".0/24";
        String first = healthSystemWith("CIDR", range);
        String second = registerSystem("SYT", "H57.10", "INTERNAL");
        postJson("canbo.syt", "/api/v1/systems/" + second + "/assets", asset("CIDR", range.replace("0/24", "9")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.shared").value(false));
        getAs(ADMIN, "/api/v1/systems/asset-overlaps?size=500")
                .andExpect(jsonPath("$.items[?(@.firstSystemCode == '%s')].secondSystemCode".formatted(first))
                        .value(Matchers.hasItem(second)));
    }

    @Test
    void theAssetFormRefusesAnotherAgencysRangeAndNamesTheSystem() throws Exception {
        String range = "10.234." + octet() + ".0/24";
        String health = healthSystemWith("CIDR", range);
        String own = homeAffairsSystem();
        mvc.perform(form(OFFICER, "/systems/" + own + "/assets")
                        .param("kind", "CIDR")
                        .param("value", range))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(health)));
        getAs(OFFICER, "/api/v1/systems/" + own + "/assets")
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void anOfficerMayNotNameAnAgencyOutsideItsScopeAsOperator() throws Exception {
        String code = uniqueCode("SNV");
        String body = """
                {"code":"%s","name":"Hệ thống vận hành hộ","ownerCode":"H57.02","operatorCode":"H57.10",
                 "type":"INTERNAL","proposedLevel":2}""".formatted(code);
        postJson(OFFICER, "/api/v1/systems", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("operatorCode"));
        String own = homeAffairsSystem();
        mvc.perform(put("/api/v1/systems/" + own)
                        .with(as(OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Hệ thống mới","ownerCode":"H57.02","operatorCode":"H57.10","type":"INTERNAL",
                                 "proposedLevel":2}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("operatorCode"));
        mvc.perform(form(OFFICER, "/systems/" + own + "/edit")
                        .param("name", "Hệ thống mới")
                        .param("ownerCode", "H57.02")
                        .param("operatorCode", "H57.10")
                        .param("type", "INTERNAL")
                        .param("proposedLevel", "2")
                        .param("status", "IN_OPERATION"))
                .andExpect(status().isOk());
        getAs(ADMIN, "/api/v1/systems/" + own)
                .andExpect(jsonPath("$.operatorCode").doesNotExist());
        // the coordinator records it for both agencies
        postJson(ADMIN, "/api/v1/systems", body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.operatorCode").value("H57.10"));
        // and the owner's officer may keep that operator when editing the system
        mvc.perform(put("/api/v1/systems/" + code)
                        .with(as(OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Hệ thống đổi tên","ownerCode":"H57.02","operatorCode":"H57.10",
                                 "type":"INTERNAL","proposedLevel":2}"""))
                .andExpect(status().isOk());
    }
}
