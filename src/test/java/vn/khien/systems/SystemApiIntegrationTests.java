package vn.khien.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class SystemApiIntegrationTests extends SystemsTestSupport {

    private static final String ADMIN = "dieuphoi";

    @Test
    void registersASystemWithLocationAndReadsItBack() throws Exception {
        String code = uniqueCode("API");
        postJson(ADMIN, "/api/v1/systems", """
                        {"code":"%s","name":"Hệ thống quản lý hồ sơ bệnh án điện tử","ownerCode":"H57.10",
                         "operatorCode":"H57.10.01","type":"CITIZEN_SERVICE","eGovernment":true,
                         "personalDataSubjects":250000,"publicServiceLevel":3,"proposedLevel":2,
                         "components":[{"name":"Cơ sở dữ liệu","description":"PostgreSQL","level":3}]}""".formatted(code))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/systems/" + code))
                .andExpect(jsonPath("$.ownerCode").value("H57.10"))
                .andExpect(jsonPath("$.eGovernment").value(true))
                .andExpect(jsonPath("$.componentLevel").value(3))
                .andExpect(jsonPath("$.levelAdvice.minimumLevel").value(3))
                .andExpect(jsonPath("$.levelAdvice.proposedTooLow").value(true));
        getAs(ADMIN, "/api/v1/systems/" + code)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Hệ thống quản lý hồ sơ bệnh án điện tử"))
                .andExpect(jsonPath("$.status").value("IN_OPERATION"));
        assertThat(auditActions(code)).contains("systems.system.registered");
    }

    @Test
    void searchIgnoresAccentsAndListsArePaginated() throws Exception {
        getAs(ADMIN, "/api/v1/systems?q=cong dich vu cong thanh pho hue")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", Matchers.hasItem("HUE.DVC")));
        getAs(ADMIN, "/api/v1/systems?q=HUE&size=5")
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.total", Matchers.greaterThan(5)));
    }

    @Test
    void filtersByTypeLevelStatusAndOwner() throws Exception {
        getAs(ADMIN, "/api/v1/systems?type=INDUSTRIAL_CONTROL&level=3&status=IN_OPERATION&size=500")
                .andExpect(jsonPath("$.items[*].code", Matchers.hasItems("SXD.DTGT", "SNNMT.QTMT")))
                .andExpect(jsonPath("$.items[*].type", Matchers.everyItem(Matchers.is("INDUSTRIAL_CONTROL"))))
                .andExpect(jsonPath("$.items[*].approvedLevel", Matchers.everyItem(Matchers.is(3))));
        getAs(ADMIN, "/api/v1/systems?owner=H57.10&size=500")
                .andExpect(jsonPath("$.items[*].ownerCode", Matchers.everyItem(Matchers.is("H57.10"))))
                .andExpect(jsonPath("$.items[*].code", Matchers.hasItem("SYT.HSSK")));
    }

    @Test
    void namesSortTheVietnameseWay() throws Exception {
        String token = "Zq" + System.nanoTime() % 100_000;
        for (String name : new String[] {"Ê-kíp " + token, "Đào tạo " + token, "Dự án " + token, "Ăn uống " + token}) {
            postJson(ADMIN, "/api/v1/systems", """
                            {"code":"%s","name":"%s","ownerCode":"H57.11","type":"OTHER"}""".formatted(uniqueCode("VN"), name))
                    .andExpect(status().isCreated());
        }
        String body = getAs(ADMIN, "/api/v1/systems?sort=name&q=" + token)
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.List<String> names = JsonPath.read(body, "$.items[*].name");
        // Vietnamese alphabet: a ă â b c d đ e ê ... (byte order would put Đ and Ê after every Latin letter)
        assertThat(names).containsExactly("Ăn uống " + token, "Dự án " + token, "Đào tạo " + token, "Ê-kíp " + token);
    }

    @Test
    void registersALevelApprovedBeforeThePlatformWithItsDecision() throws Exception {
        String code = uniqueCode("OLD");
        postJson(ADMIN, "/api/v1/systems", """
                        {"code":"%s","name":"Hệ thống cũ","ownerCode":"H57.03","type":"INTERNAL","eGovernment":true,
                         "approvedLevel":2,"levelDecision":{"number":"456/QĐ-SKHCN","date":"2023-05-10",
                         "approverCode":"H57.08"}}""".formatted(code))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.approvedLevel").value(2))
                .andExpect(jsonPath("$.levelDecision.number").value("456/QĐ-SKHCN"))
                .andExpect(jsonPath("$.levelDecision.date").value("2023-05-10"));
        assertThat(auditActions(code)).contains("systems.system.level-approved");
    }

    @Test
    void badInputIsAnsweredWithFieldErrorsAndChangesNothing() throws Exception {
        long before = count("information_system");
        postJson(ADMIN, "/api/v1/systems", """
                        {"code":"BAD.1","name":"X","ownerCode":"NO.SUCH","type":"INTERNAL","proposedLevel":7,
                         "personalDataSubjects":-1,"publicServiceLevel":5}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        Matchers.hasItems("ownerCode", "proposedLevel", "personalDataSubjects", "publicServiceLevel")));
        postJson(ADMIN, "/api/v1/systems", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("code", "name", "ownerCode", "type")));
        postJson(ADMIN, "/api/v1/systems", """
                        {"code":"BAD.2","name":"X","ownerCode":"H57.02","type":"INTERNAL","approvedLevel":3}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("levelDecision"));
        postJson(ADMIN, "/api/v1/systems", """
                        {"code":"BAD.3","name":"X","ownerCode":"H57.02","type":"MAINFRAME"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/systems")
                        .with(as(ADMIN))
                        .header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"BAD.4\",\"name\":\"X\",\"ownerCode\":\"NO.SUCH\",\"type\":\"OTHER\"}"))
                .andExpect(jsonPath("$.errors[0].message").value("Không tìm thấy cơ quan, đơn vị này."));
        assertThat(count("information_system")).isEqualTo(before);
    }

    @Test
    void aDuplicateCodeIsAConflict() throws Exception {
        postJson(ADMIN, "/api/v1/systems", """
                        {"code":"HUE.DVC","name":"Trùng mã","ownerCode":"H57.01","type":"OTHER"}""").andExpect(status().isConflict());
    }

    @Test
    void updatesTheFactsAndRetiresASystem() throws Exception {
        String code = registerSystem("UPD", "H57.05", "OTHER");
        mvc.perform(put("/api/v1/systems/" + code)
                        .with(as(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Hệ thống đã đổi tên","ownerCode":"H57.05","type":"INTERNAL","status":"RETIRED",
                                 "monitoring":{"connected":true,"since":"2026-01-15","method":"AGENT"}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Hệ thống đã đổi tên"))
                .andExpect(jsonPath("$.status").value("RETIRED"))
                .andExpect(jsonPath("$.monitoring.method").value("AGENT"));
        assertThat(auditActions(code)).contains("systems.system.updated", "systems.system.retired");
    }

    @Test
    void assetsAreNormalisedValidatedAndRemovable() throws Exception {
        String code = registerSystem("AST", "H57.05", "CITIZEN_SERVICE");
        String path = "/api/v1/systems/" + code + "/assets";
        String created = postJson(ADMIN, path, "{\"kind\":\"CIDR\",\"value\":\"198.51.100.7\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.value").value("198.51.100.7/32"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        postJson(ADMIN, path, "{\"kind\":\"DOMAIN\",\"value\":\"XayDung.Hue.gov.vn\"}")
                .andExpect(jsonPath("$.value").value("xaydung.hue.gov.vn"));
        postJson(ADMIN, path, "{\"kind\":\"CIDR\",\"value\":\"10.300.0.0/16\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"));
        postJson(ADMIN, path, "{\"kind\":\"HOSTNAME\",\"value\":\"-bad-.hue\"}").andExpect(status().isBadRequest());
        postJson(ADMIN, path, "{\"kind\":\"CIDR\",\"value\":\"198.51.100.7/32\"}")
                .andExpect(status().isConflict());
        getAs(ADMIN, path).andExpect(jsonPath("$.items.length()").value(2));
        String id = JsonPath.read(created, "$.id");
        mvc.perform(delete(path + "/" + id).with(as(ADMIN))).andExpect(status().isNoContent());
        getAs(ADMIN, path).andExpect(jsonPath("$.items.length()").value(1));
        assertThat(auditActions(code)).contains("systems.asset.added", "systems.asset.removed");
    }

    @Test
    void overlappingRangesOfDifferentSystemsAreReported() throws Exception {
        String a = registerSystem("OVA", "H57.06", "INTERNAL");
        String b = registerSystem("OVB", "H57.06", "INTERNAL");
        postJson(ADMIN, "/api/v1/systems/" + a + "/assets", "{\"kind\":\"CIDR\",\"value\":\"172.31.0.0/16\"}");
        postJson(ADMIN, "/api/v1/systems/" + b + "/assets", "{\"kind\":\"CIDR\",\"value\":\"172.31.9.0/24\"}");
        getAs(ADMIN, "/api/v1/systems/asset-overlaps?size=500")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.firstSystemCode == '%s')].secondSystemCode".formatted(a))
                        .value(Matchers.hasItem(b)))
                .andExpect(jsonPath("$.items[?(@.firstSystemCode == 'HUE.TTDL')].secondSystemCode")
                        .value(Matchers.hasItem("HUE.IOC")));
    }

    @Test
    void arrangementsNameARealProviderAndAValidPeriod() throws Exception {
        String code = registerSystem("ARR", "H57.09", "CITIZEN_SERVICE");
        String path = "/api/v1/systems/" + code + "/arrangements";
        postJson(
                        ADMIN,
                        path,
                        "{\"service\":\"MONITORING\",\"providerCode\":\"DV.GIAMSAT-DEMO\",\"from\":\"2026-01-01\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.providerName").value(Matchers.containsString("Giám sát")));
        postJson(ADMIN, path, "{\"service\":\"INCIDENT_RESPONSE\",\"from\":\"2026-01-01\",\"to\":\"2026-12-31\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.providerCode").doesNotExist());
        postJson(ADMIN, path, "{\"service\":\"MONITORING\",\"providerCode\":\"XX.NONE\",\"from\":\"2026-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("providerCode"));
        postJson(ADMIN, path, "{\"service\":\"MONITORING\",\"providerCode\":\"H57.02\",\"from\":\"2026-01-01\"}")
                .andExpect(status().isBadRequest());
        postJson(ADMIN, path, "{\"service\":\"PROTECTION\",\"from\":\"2026-06-01\",\"to\":\"2026-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        getAs(ADMIN, path).andExpect(jsonPath("$.items.length()").value(2));
        assertThat(auditActions(code)).contains("systems.arrangement.added");
    }

    @Test
    void aForeignProductWithoutAJustificationIsSavedBecauseDomesticProductsAreOnlyPreferred() throws Exception {
        String code = registerSystem("PRD", "H57.09", "INTERNAL");
        String path = "/api/v1/systems/" + code + "/products";
        postJson(ADMIN, path, """
                        {"product":"FortiGate 60F","vendor":"Fortinet","category":"Tường lửa","origin":"FOREIGN"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.justification").doesNotExist());
        postJson(ADMIN, path, """
                        {"product":"Bkav EDR","vendor":"Bkav","category":"Phòng chống mã độc","origin":"DOMESTIC"}""").andExpect(status().isCreated());
        getAs(ADMIN, path).andExpect(jsonPath("$.items[*].origin", Matchers.containsInAnyOrder("FOREIGN", "DOMESTIC")));
    }

    @Test
    void theProductFormSavesAForeignProductWithoutJustificationAndShowsTheRecommendation() throws Exception {
        String code = registerSystem("PRF", "H57.09", "INTERNAL");
        mvc.perform(form(ADMIN, "/systems/" + code + "/products")
                        .param("product", "FortiGate 60F")
                        .param("vendor", "Fortinet")
                        .param("category", "Tường lửa")
                        .param("origin", "FOREIGN"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/systems/" + code + "?tab=products"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("notice", "systems.product.saved-foreign-advice"));
        getAs(ADMIN, "/systems/" + code + "?tab=products")
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("Khuyến nghị ghi lý do")));
    }

    @Test
    void unknownSystemsAre404() throws Exception {
        getAs(ADMIN, "/api/v1/systems/NO.SUCH.SYSTEM").andExpect(status().isNotFound());
        getAs(ADMIN, "/systems/NO.SUCH.SYSTEM").andExpect(status().isNotFound());
    }

    @Test
    void messagesFollowTheSessionLanguageAndTheApiIsDescribed() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/systems")
                        .with(as(ADMIN))
                        .with(vn.khien.support.SessionCookie.speaking(mvc, "en"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"EN.1\",\"name\":\"X\",\"ownerCode\":\"NO.SUCH\",\"type\":\"OTHER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("No such agency."));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/systems/{code}/dossiers/{number}/approve']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/systems/asset-overlaps']").exists());
    }
}
