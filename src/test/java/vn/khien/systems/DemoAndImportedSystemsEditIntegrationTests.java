package vn.khien.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.ClassUtils;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.Workbooks;

/**
 * Systems that reached the database in bulk (the demo province, a spreadsheet import) are changed
 * afterwards through every write route, as the API and as the web forms. Rows written in bulk once
 * carried a version that Spring Data JDBC read as "never saved", so every change answered 500.
 */
@KhienIntegrationTest
class DemoAndImportedSystemsEditIntegrationTests extends SystemsTestSupport {

    private static final String ADMIN = "dieuphoi";

    @Test
    void aDemoSystemCanBeChangedThroughEveryApiWriteRoute() throws Exception {
        changeThroughTheApi("SNV.LAN");
    }

    @Test
    void anImportedSystemCanBeChangedThroughEveryApiWriteRouteAndItsForms() throws Exception {
        String code = "IMP.EDIT." + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        byte[] file = Workbooks.xlsx(
                List.of("Mã hệ thống", "Tên hệ thống", "Mã cơ quan chủ quản", "Loại hệ thống", "Cấp độ đề xuất"),
                List.of(List.of(code, "Phần mềm nhập từ bảng tính", "H57.11", "Phục vụ hoạt động nội bộ", "2")));
        mvc.perform(multipart("/systems/import")
                        .file(new MockMultipartFile("file", "he-thong.xlsx", null, file))
                        .with(as(ADMIN))
                        .with(csrf()))
                .andExpect(content().string(Matchers.containsString("Đã nhập xong")));
        changeThroughTheApi(code);
        changeThroughTheForms(code);
    }

    @Test
    void aDemoSystemCanBeChangedThroughEveryWebForm() throws Exception {
        changeThroughTheForms("X11.MCDT");
    }

    @Test
    void aDemoDossierCanMoveOnInItsWorkflow() throws Exception {
        int number = jdbc.sql("SELECT number FROM systems.level_dossier WHERE system_code = 'X19.MCDT'"
                        + " AND status = 'DRAFT'")
                .query(Integer.class)
                .single();
        postJson(ADMIN, "/api/v1/systems/X19.MCDT/dossiers/" + number + "/submit", "{}")
                .andExpect(status().isOk());
    }

    @Test
    void noAggregateOfAnyModuleLooksUnsavedAfterTheDemoLoad() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Table.class));
        List<String> versioned = scanner.findCandidateComponents("vn.khien").stream()
                .map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), null))
                .filter(type -> Arrays.stream(type.getDeclaredFields())
                        .anyMatch(field -> field.isAnnotationPresent(Version.class)))
                .map(type -> type.getAnnotation(Table.class))
                .map(table -> table.schema() + "." + table.name())
                .toList();
        assertThat(versioned).contains("systems.information_system", "systems.level_dossier", "agencies.agency");
        for (String table : versioned) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table + " WHERE version < 1")
                            .query(Long.class)
                            .single())
                    .as("rows of %s that Spring Data JDBC would insert again", table)
                    .isZero();
        }
    }

    private void changeThroughTheApi(String code) throws Exception {
        String system = getAs(ADMIN, "/api/v1/systems/" + code)
                .andReturn()
                .getResponse()
                .getContentAsString();
        String owner = JsonPath.read(system, "$.ownerCode");
        String name = JsonPath.read(system, "$.name");
        String type = JsonPath.read(system, "$.type");
        mvc.perform(put("/api/v1/systems/" + code)
                        .with(as(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","name":"%s","ownerCode":"%s","type":"%s","eGovernment":true,
                                 "proposedLevel":2}""".formatted(code, name, owner, type)))
                .andExpect(status().isOk());
        String asset = postJson(ADMIN, "/api/v1/systems/" + code + "/assets", """
                        {"kind":"HOSTNAME","value":"%s.sua.hue.gov.vn"}""".formatted(
                                code.toLowerCase().replace('.', '-')))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(delete("/api/v1/systems/" + code + "/assets/" + JsonPath.read(asset, "$.id"))
                        .with(as(ADMIN)))
                .andExpect(status().isNoContent());
        String product = postJson(ADMIN, "/api/v1/systems/" + code + "/products", """
                        {"product":"Bkav Endpoint","vendor":"Bkav","category":"Phòng chống mã độc","origin":"DOMESTIC"}""")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(delete("/api/v1/systems/" + code + "/products/" + JsonPath.read(product, "$.id"))
                        .with(as(ADMIN)))
                .andExpect(status().isNoContent());
        String arrangement = postJson(ADMIN, "/api/v1/systems/" + code + "/arrangements", """
                        {"service":"INCIDENT_RESPONSE","from":"2026-01-01"}""")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(delete("/api/v1/systems/" + code + "/arrangements/" + JsonPath.read(arrangement, "$.id"))
                        .with(as(ADMIN)))
                .andExpect(status().isNoContent());
    }

    private void changeThroughTheForms(String code) throws Exception {
        mvc.perform(form(ADMIN, "/systems/" + code + "/assets")
                        .param("kind", "DOMAIN")
                        .param("value", code.toLowerCase().replace('.', '-') + ".form.hue.gov.vn"))
                .andExpect(redirectedUrl("/systems/" + code + "?tab=assets"));
        mvc.perform(form(ADMIN, "/systems/" + code + "/products")
                        .param("product", "VNPT SOC Agent")
                        .param("vendor", "VNPT")
                        .param("category", "Giám sát")
                        .param("origin", "DOMESTIC"))
                .andExpect(redirectedUrl("/systems/" + code + "?tab=products"));
        mvc.perform(form(ADMIN, "/systems/" + code + "/arrangements")
                        .param("service", "PROTECTION")
                        .param("from", "2026-02-01"))
                .andExpect(redirectedUrl("/systems/" + code + "?tab=arrangements"));
        assertThat(jdbc.sql("SELECT count(*) FROM systems.information_system s"
                                + " JOIN systems.security_product p ON p.information_system = s.id"
                                + " WHERE s.code = ? AND p.product = 'VNPT SOC Agent'")
                        .param(code)
                        .query(Long.class)
                        .single())
                .isOne();
    }
}
