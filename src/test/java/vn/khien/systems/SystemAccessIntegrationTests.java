package vn.khien.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.khien.support.KhienIntegrationTest;

/**
 * The route × role matrix for systems: an agency officer of Sở Nội vụ (H57.02) against a system of Sở
 * Y tế (H57.10) gets 404 everywhere — pages, fragments, downloads and every API call — and nothing
 * changes; province-wide readers read but do not write; a provider sees the systems it serves.
 */
@KhienIntegrationTest
class SystemAccessIntegrationTests extends SystemsTestSupport {

    private static final String OFFICER = "canbo.sonv";
    private static final String OTHER = "SYT.HSSK";

    @Test
    void anOfficerOfAnotherAgencyGets404OnEveryRouteAndChangesNothing() throws Exception {
        String attachment = healthAttachment();
        String asset = JsonPath.read(
                getAs("dieuphoi", "/api/v1/systems/" + OTHER + "/assets")
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items[0].id");
        long assets = count("network_asset");
        long dossiers = count("level_dossier");
        String page = "/systems/" + OTHER;
        String api = "/api/v1/systems/" + OTHER;
        String json = "application/json";
        List<AbstractMockHttpServletRequestBuilder<?>> routes = List.of(
                get(page),
                get(page + "?tab=assets"),
                get(page + "?tab=dossiers"),
                get(page + "/edit"),
                get(page + "/dossiers/1"),
                get(page + "/dossiers/1/attachments/" + attachment),
                post(page + "/edit")
                        .param("name", "x")
                        .param("ownerCode", "H57.02")
                        .param("type", "OTHER"),
                post(page + "/assets").param("kind", "CIDR").param("value", "10.99.0.0/16"),
                post(page + "/assets/" + asset + "/delete"),
                post(page + "/products")
                        .param("product", "x")
                        .param("vendor", "x")
                        .param("category", "x"),
                post(page + "/arrangements").param("service", "MONITORING").param("from", "2026-01-01"),
                post(page + "/dossiers").param("proposedLevel", "3"),
                post(page + "/dossiers/1/submit"),
                multipart(page + "/dossiers/1/attachments")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", DossierIntegrationTests.PDF)),
                get(api),
                get(api + "/assets"),
                get(api + "/products"),
                get(api + "/arrangements"),
                get(api + "/dossiers"),
                get(api + "/dossiers/1"),
                get(api + "/dossiers/1/attachments/" + attachment),
                put(api).contentType(json).content("{\"name\":\"x\",\"ownerCode\":\"H57.02\",\"type\":\"OTHER\"}"),
                post(api + "/assets").contentType(json).content("{\"kind\":\"CIDR\",\"value\":\"10.99.0.0/16\"}"),
                delete(api + "/assets/" + asset),
                post(api + "/products")
                        .contentType(json)
                        .content("{\"product\":\"x\",\"vendor\":\"x\",\"category\":\"x\",\"origin\":\"DOMESTIC\"}"),
                post(api + "/arrangements")
                        .contentType(json)
                        .content("{\"service\":\"MONITORING\",\"from\":\"2026-01-01\"}"),
                post(api + "/dossiers").contentType(json).content("{\"proposedLevel\":3}"),
                post(api + "/dossiers/1/submit"),
                post(api + "/dossiers/1/appraise").contentType(json).content("{\"opinion\":\"x\"}"),
                post(api + "/dossiers/1/approve")
                        .contentType(json)
                        .content("{\"decisionNumber\":\"1\",\"decisionDate\":\"2026-01-01\",\"approverCode\":\"H57\"}"),
                post(api + "/dossiers/1/return").contentType(json).content("{\"reasons\":\"x\"}"),
                multipart(api + "/dossiers/1/attachments")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", DossierIntegrationTests.PDF)));
        for (var route : routes) {
            var result = mvc.perform(route.with(as(OFFICER))).andReturn();
            assertThat(result.getResponse().getStatus())
                    .as(result.getRequest().getMethod() + " "
                            + result.getRequest().getRequestURI())
                    .isEqualTo(404);
        }
        assertThat(count("network_asset")).isEqualTo(assets);
        assertThat(count("level_dossier")).isEqualTo(dossiers);
    }

    @Test
    void listsFragmentsAndOverlapsShowAnOfficerOnlyTheirAgencysSystems() throws Exception {
        getAs(OFFICER, "/api/v1/systems?size=500")
                .andExpect(jsonPath("$.items[*].code", Matchers.hasItem("SNV.QLCB")))
                .andExpect(jsonPath("$.items[*].ownerCode", Matchers.everyItem(Matchers.is("H57.02"))));
        getAs(OFFICER, "/api/v1/systems?q=ho so suc khoe")
                .andExpect(jsonPath("$.total").value(0));
        getAs(OFFICER, "/systems?q=suc khoe")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(OTHER))));
        getAs(OFFICER, "/systems/of-agency/H57.10")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(OTHER))));
        getAs(OFFICER, "/systems/arrangements/of-provider/VT.VIETTEL-HUE")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Hồ sơ sức khỏe"))));
        getAs(OFFICER, "/api/v1/systems/asset-overlaps?size=500")
                .andExpect(jsonPath("$.items[*].firstSystemCode", Matchers.not(Matchers.hasItem("HUE.TTDL"))));
        getAs("canbo.syt", "/systems/of-agency/H57.10").andExpect(content().string(Matchers.containsString(OTHER)));
        // the picker of a form's system field suggests only what the user may see, accents ignored
        getAs(OFFICER, "/systems/options?systemCode=suc khoe")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(OTHER))));
        getAs("canbo.syt", "/systems/options?systemCode=suc khoe")
                .andExpect(content()
                        .string(Matchers.containsString(
                                "<option value=\"" + OTHER + "\">Hệ thống quản lý hồ sơ sức khỏe điện tử — Sở Y tế")));
        getAs(OFFICER, "/systems/options?systemCode=QLCB")
                .andExpect(content().string(Matchers.containsString("value=\"SNV.QLCB\"")));
        // a scope granted with its units covers the systems of the units below
        getAs("canbo.syt", "/api/v1/systems/CDC.GSDB").andExpect(status().isOk());
    }

    @Test
    void anOperatingUnitEditsASystemButCannotTakeItOverFromItsOwner() throws Exception {
        String code = uniqueCode("PX.VH");
        postJson("dieuphoi", "/api/v1/systems", """
                        {"code": "%s", "name": "Hệ thống vận hành hộ", "ownerCode": "H57.P02",
                         "operatorCode": "H57.P01", "type": "INTERNAL", "eGovernment": false}""".formatted(code)).andExpect(status().isCreated());
        mvc.perform(put("/api/v1/systems/" + code)
                        .with(as("canbo.thuanhoa"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Hệ thống vận hành hộ", "ownerCode": "H57.P01", "operatorCode": "H57.P01",
                                 "type": "INTERNAL", "eGovernment": false}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerCode"));
        getAs("dieuphoi", "/api/v1/systems/" + code)
                .andExpect(jsonPath("$.ownerCode").value("H57.P02"));
    }

    @Test
    void aProviderReadsOnlyTheSystemsItServes() throws Exception {
        long served = jdbc.sql("""
                        SELECT count(DISTINCT information_system) FROM systems.service_arrangement
                         WHERE provider_code = 'DV.GIAMSAT-DEMO'""").query(Long.class).single();
        String servedCode = jdbc.sql("""
                        SELECT s.code FROM systems.information_system s JOIN systems.service_arrangement a
                          ON a.information_system = s.id WHERE a.provider_code = 'DV.GIAMSAT-DEMO' LIMIT 1""").query(String.class).single();
        String notServed = jdbc.sql("""
                        SELECT s.code FROM systems.information_system s WHERE NOT EXISTS (
                          SELECT 1 FROM systems.service_arrangement a
                           WHERE a.information_system = s.id AND a.provider_code = 'DV.GIAMSAT-DEMO') LIMIT 1""").query(String.class).single();
        getAs("giamsat", "/api/v1/systems?size=500")
                .andExpect(jsonPath("$.total").value((int) served));
        getAs("giamsat", "/api/v1/systems/" + servedCode).andExpect(status().isOk());
        getAs("giamsat", "/systems/" + servedCode).andExpect(status().isOk());
        getAs("giamsat", "/api/v1/systems/" + notServed).andExpect(status().isNotFound());
        postJson(
                        "giamsat",
                        "/api/v1/systems/" + servedCode + "/assets",
                        "{\"kind\":\"CIDR\",\"value\":\"10.98.0.0/16\"}")
                .andExpect(status().isForbidden());
        getAs("giamsat", "/systems/arrangements/of-provider/DV.GIAMSAT-DEMO")
                .andExpect(content().string(Matchers.containsString("/systems/" + servedCode)));
    }

    @Test
    void anAssessorSeesTheSystemsItAssesses() throws Exception {
        getAs("danhgia", "/api/v1/systems/SYT.HSSK").andExpect(status().isOk());
        getAs("danhgia", "/api/v1/systems/SNV.WEB").andExpect(status().isNotFound());
        getAs("danhgia", "/api/v1/systems?size=500")
                .andExpect(jsonPath("$.items[*].approvedLevel", Matchers.everyItem(Matchers.greaterThanOrEqualTo(3))));
    }

    @Test
    void provinceWideReadersReadEverythingButChangeNothing() throws Exception {
        for (String reader : List.of("ungcuu", "congan")) {
            getAs(reader, "/api/v1/systems/" + OTHER).andExpect(status().isOk());
            mvc.perform(put("/api/v1/systems/" + OTHER)
                            .with(as(reader))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"x\",\"ownerCode\":\"H57.10\",\"type\":\"OTHER\"}"))
                    .andExpect(status().isForbidden());
        }
        postJson(
                        "congan",
                        "/api/v1/systems",
                        "{\"code\":\"CA.X1\",\"name\":\"x\",\"ownerCode\":\"H57.16\",\"type\":\"OTHER\"}")
                .andExpect(status().isForbidden());
    }

    @Test
    void anOfficerRegistersSystemsOnlyForTheirOwnAgency() throws Exception {
        String code = uniqueCode("SNV");
        postJson(OFFICER, "/api/v1/systems", """
                        {"code":"%s","name":"Phần mềm thi tuyển công chức","ownerCode":"H57.02","type":"CITIZEN_SERVICE"}""".formatted(code)).andExpect(status().isCreated());
        postJson(OFFICER, "/api/v1/systems", """
                        {"code":"%s","name":"Không phải của tôi","ownerCode":"H57.10","type":"OTHER"}""".formatted(uniqueCode("SYT")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerCode"));
    }

    /** A document on one of Sở Y tế's systems, uploaded by the coordinator. */
    private String healthAttachment() throws Exception {
        String code = registerSystem("YT", "H57.10", "INTERNAL");
        postJson("dieuphoi", "/api/v1/systems/" + code + "/dossiers", "{\"proposedLevel\":2}");
        String body = mvc.perform(multipart("/api/v1/systems/" + code + "/dossiers/1/attachments")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", DossierIntegrationTests.PDF))
                        .with(as("dieuphoi")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.attachments[0].id");
        mvc.perform(get("/api/v1/systems/" + code + "/dossiers/1/attachments/" + id)
                        .with(as(OFFICER)))
                .andExpect(status().isNotFound());
        return UUID.fromString(id).toString();
    }
}
