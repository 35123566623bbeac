package vn.khien.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class IncidentFormsIntegrationTests extends IncidentsTestSupport {

    @Test
    void form03DownloadsAsAValidDocxAndPdfAndEveryVersionIsKept() throws Exception {
        String reference = report("2026-05-02T08:30:00+07:00", "AMBER");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/incidents/" + reference + "/forms/FORM_03").with(as(OFFICER)))
                    .andExpect(status().is3xxRedirection());
        }
        var versions = jdbc.sql("SELECT ref FROM incidents.generated_form WHERE form = 'FORM_03' AND incident_id ="
                        + " (SELECT id FROM incidents.incident WHERE reference = ?) ORDER BY version")
                .param(reference)
                .query(UUID.class)
                .list();
        assertThat(versions).hasSize(2);
        byte[] docx = getAs(OFFICER, "/incidents/" + reference + "/forms/" + versions.get(1) + ".docx")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains(reference, "Sở Nội vụ", "Trang chủ bị thay đổi giao diện");
        }
        byte[] pdf = getAs(OFFICER, "/incidents/" + reference + "/forms/" + versions.get(0) + ".pdf")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(reference, "Mẫu 03");
        }
        getAs(OTHER_OFFICER, "/incidents/" + reference + "/forms/" + versions.get(0) + ".pdf")
                .andExpect(status().isNotFound());
    }

    @Test
    void form04WaitsForClosure() throws Exception {
        String reference = report("2026-05-02T08:30:00+07:00", "AMBER");
        mvc.perform(post("/incidents/" + reference + "/forms/FORM_04").with(as(RESPONDER)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM incidents.generated_form g JOIN incidents.incident i"
                                + " ON i.id = g.incident_id WHERE i.reference = ?")
                        .param(reference)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void form05SummarisesAnAgencysHalfYear() throws Exception {
        report("2026-05-02T08:30:00+07:00", "GREEN");
        String body = postJson(OFFICER, "/api/v1/incident-summaries", "{\"agencyCode\":\"H57.02\",\"year\":2026}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String ref = com.jayway.jsonpath.JsonPath.read(body, "$.ref");
        byte[] pdf = getAs(OFFICER, "/api/v1/incident-summaries/" + ref + ".pdf")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Mẫu 05", "6 tháng đầu năm 2026");
        }
        getAs(OTHER_OFFICER, "/api/v1/incident-summaries/" + ref + ".pdf").andExpect(status().isNotFound());
        postJson(OTHER_OFFICER, "/api/v1/incident-summaries", "{\"agencyCode\":\"H57.02\",\"year\":2026}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void form05RefusesAnAgencyCodeLongerThanAnyAgencyCodeForTheCoordinatorToo() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM incidents.generated_form")
                .query(Long.class)
                .single();
        postJson(
                        "dieuphoi",
                        "/api/v1/incident-summaries",
                        "{\"agencyCode\":\"" + "H".repeat(1 << 20) + "\",\"year\":2026}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agencyCode"));
        assertThat(jdbc.sql("SELECT count(*) FROM incidents.generated_form")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void form05IsGeneratedFromItsPageKeptAndDownloadedOnlyWithinScope() throws Exception {
        report("2026-05-03T09:00:00+07:00", "GREEN");
        mvc.perform(post("/incidents/summaries")
                        .with(as(OFFICER))
                        .param("agencyCode", "H57.02")
                        .param("year", "2026")
                        .param("annual", "true"))
                .andExpect(redirectedUrl("/incidents/summaries"))
                .andExpect(flash().attribute("notice", "incidents.summary.generated"));
        String ref = jdbc.sql(
                        "SELECT ref::text FROM incidents.generated_form WHERE form = 'FORM_05' AND agency_code = 'H57.02'"
                                + " ORDER BY generated_at DESC LIMIT 1")
                .query(String.class)
                .single();
        getAs(OFFICER, "/incidents/summaries")
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("/incidents/summaries/" + ref + ".pdf")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("value=\"H57.10\""))));
        byte[] docx = getAs(OFFICER, "/incidents/summaries/" + ref + ".docx")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText())
                    .contains("năm 2026");
        }
        getAs(OTHER_OFFICER, "/incidents/summaries/" + ref + ".docx").andExpect(status().isNotFound());
        getAs(OTHER_OFFICER, "/incidents/summaries")
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(ref))));

        long kept = jdbc.sql("SELECT count(*) FROM incidents.generated_form")
                .query(Long.class)
                .single();
        mvc.perform(post("/incidents/summaries")
                        .with(as(OTHER_OFFICER))
                        .param("agencyCode", "H57.02")
                        .param("year", "2026")
                        .param("annual", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Không có cơ quan này trong phạm vi của bạn.")));
        mvc.perform(post("/incidents/summaries")
                        .with(as(OFFICER))
                        .param("agencyCode", "H57.02")
                        .param("year", "1990")
                        .param("annual", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Năm báo cáo không hợp lệ.")));
        assertThat(jdbc.sql("SELECT count(*) FROM incidents.generated_form")
                        .query(Long.class)
                        .single())
                .isEqualTo(kept);
    }
}
