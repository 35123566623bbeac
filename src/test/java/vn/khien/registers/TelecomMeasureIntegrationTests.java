package vn.khien.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.KhienIntegrationTest;

/** Telecom operators' child-protection measures: recorded and revised with evidence, only for operators. */
@KhienIntegrationTest
class TelecomMeasureIntegrationTests extends RegistersTestSupport {

    private static final String OPERATOR = "VT.VIETTEL-HUE";
    private static final byte[] PDF = "%PDF-1.4\nbien ban\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final String BODY = """
            {"agencyCode":"%s","measure":"%s","scope":"Thuê bao di động","since":"2025-03-01"}""";

    @Test
    void theCoordinatorRecordsAndRevisesAMeasureAndItsFileCountsAsEvidence() throws Exception {
        String name = uniqueCode("Chặn trang độc hại");
        long id = measure(postJson(COORDINATOR, "/api/v1/telecom-measures", BODY.formatted(OPERATOR, name))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agencyCode").value(OPERATOR)));
        assertThat(evidencePresent(name)).isFalse();
        mvc.perform(multipart("/api/v1/telecom-measures/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "bien-ban.pdf", null, PDF))
                        .with(as(COORDINATOR)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.files[0].fileName").value("bien-ban.pdf"));
        assertThat(evidencePresent(name)).isTrue();
        putJson(COORDINATOR, "/api/v1/telecom-measures/" + id, BODY.formatted("H57.02", name + " (sửa)"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measure").value(name + " (sửa)"))
                .andExpect(jsonPath("$.agencyCode").value(OPERATOR));
        getAs(OBSERVER, "/api/v1/telecom-measures?agency=" + OPERATOR + "&q=" + name)
                .andExpect(jsonPath("$.items[0].id").value(id));
        getAs(COORDINATOR, "/audit/history/telecom-measure/" + id).andExpect(status().isOk());
        assertThat(audited("telecom-measure", id))
                .containsExactly(
                        "registers.telecom-measure.recorded",
                        "registers.telecom-measure.evidence-added",
                        "registers.telecom-measure.revised");
    }

    @Test
    void otherAgenciesAndBadInputAre400AndChangeNothing() throws Exception {
        long before = registerCount("telecom_measure");
        postJson(COORDINATOR, "/api/v1/telecom-measures", BODY.formatted("H57.02", "Không phải nhà mạng"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agencyCode"));
        postJson(COORDINATOR, "/api/v1/telecom-measures", "{\"agencyCode\":\"" + OPERATOR + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("measure", "since")));
        postJson(
                        COORDINATOR,
                        "/api/v1/telecom-measures",
                        BODY.formatted(OPERATOR, "x").replace("2025-03-01", "hôm qua"))
                .andExpect(status().isBadRequest());
        mvc.perform(form(COORDINATOR, "/registers/telecom-measures/new")
                        .param("agencyCode", OPERATOR)
                        .param("measure", "")
                        .param("since", "31/02/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"telecom-measure-form\"")))
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        mvc.perform(multipart("/registers/telecom-measures/new")
                        .file(new MockMultipartFile("file", "../bien-ban.pdf", null, PDF))
                        .param("agencyCode", OPERATOR)
                        .param("measure", "Có tệp hỏng")
                        .param("since", "2025-03-01")
                        .with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("alert alert-danger")));
        assertThat(registerCount("telecom_measure")).isEqualTo(before);
    }

    @Test
    void anotherAgencysOfficerGets404AndAReaderMayNotChange() throws Exception {
        long id =
                measure(postJson(COORDINATOR, "/api/v1/telecom-measures", BODY.formatted(OPERATOR, uniqueCode("Đo"))));
        getAs(OFFICER, "/api/v1/telecom-measures/" + id).andExpect(status().isNotFound());
        getAs(OFFICER, "/api/v1/telecom-measures?agency=" + OPERATOR).andExpect(status().isNotFound());
        getAs(OFFICER, "/api/v1/telecom-measures")
                .andExpect(jsonPath("$.items[*].agencyCode", Matchers.not(Matchers.hasItem(OPERATOR))));
        putJson(OFFICER, "/api/v1/telecom-measures/" + id, BODY.formatted(OPERATOR, "x"))
                .andExpect(status().isNotFound());
        getAs(OFFICER, "/registers/telecom-measures/" + id + "/edit").andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/telecom-measures/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "a.pdf", null, PDF))
                        .with(as(OFFICER)))
                .andExpect(status().isNotFound());
        putJson(OBSERVER, "/api/v1/telecom-measures/" + id, BODY.formatted(OPERATOR, "x"))
                .andExpect(status().isForbidden());
        postJson(OBSERVER, "/api/v1/telecom-measures", BODY.formatted(OPERATOR, "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCoordinatorRecordsAMeasureWithAFileOnThePageAndTheOperatorsTabShowsIt() throws Exception {
        String name = uniqueCode("Tổng đài");
        mvc.perform(multipart("/registers/telecom-measures/new")
                        .file(new MockMultipartFile("file", "quyet-dinh.pdf", null, PDF))
                        .param("agencyCode", OPERATOR)
                        .param("measure", name)
                        .param("since", "2025-03-01")
                        .with(as(COORDINATOR)))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM registers.telecom_measure WHERE measure = ?")
                .param(name)
                .query(Long.class)
                .single();
        getAs(COORDINATOR, "/registers/of-agency/" + OPERATOR)
                .andExpect(content().string(Matchers.containsString("quyet-dinh.pdf")))
                .andExpect(content().string(Matchers.containsString("/registers/telecom-measures/" + id + "/edit")));
        getAs(COORDINATOR, "/registers/telecom-measures?agency=" + OPERATOR)
                .andExpect(content().string(Matchers.containsString(name)));
        mvc.perform(form(COORDINATOR, "/registers/telecom-measures/" + id + "/edit")
                        .param("agencyCode", OPERATOR)
                        .param("measure", name)
                        .param("scope", "Toàn tỉnh")
                        .param("since", "2025-04-01"))
                .andExpect(status().is3xxRedirection());
        getAs(COORDINATOR, "/api/v1/telecom-measures/" + id)
                .andExpect(jsonPath("$.scope").value("Toàn tỉnh"));
    }

    private boolean evidencePresent(String measure) {
        return jdbc.sql("SELECT evidence_present FROM registers.published_telecom_measure WHERE measure = ?")
                .param(measure)
                .query(Boolean.class)
                .single();
    }

    private ResultActions putJson(String user, String path, String body) throws Exception {
        return mvc.perform(
                put(path).with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static long measure(ResultActions created) throws Exception {
        Number id = com.jayway.jsonpath.JsonPath.read(
                created.andReturn().getResponse().getContentAsString(), "$.id");
        return id.longValue();
    }
}
