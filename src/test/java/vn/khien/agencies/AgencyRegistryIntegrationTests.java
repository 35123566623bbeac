package vn.khien.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class AgencyRegistryIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorRegistersAnAgencyAndReadsItBack() throws Exception {
        String code = unique("H57.99");
        mvc.perform(asCoordinator(post("/api/v1/agencies"), """
                        {"code": "%s", "name": "Trung tâm Chuyển đổi số", "kind": "PUBLIC_SERVICE_UNIT",
                         "parentCode": "H57.08", "website": "https://cds.hue.gov.vn"}""".formatted(code)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/agencies/" + code))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get("/api/v1/agencies/" + code).with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Trung tâm Chuyển đổi số"))
                .andExpect(jsonPath("$.parentCode").value("H57.08"));
        assertThat(auditActions(code)).contains("agencies.agency.registered");
    }

    @Test
    void aDuplicateCodeIsAConflict() throws Exception {
        mvc.perform(asCoordinator(post("/api/v1/agencies"), """
                        {"code": "H57.10", "name": "Bản sao", "kind": "PROVINCIAL_DEPARTMENT"}""")).andExpect(status().isConflict());
    }

    @Test
    void badInputAnswers400WithFieldMessagesAndChangesNothing() throws Exception {
        long before = countAgencies();
        mvc.perform(asCoordinator(post("/api/v1/agencies"), """
                        {"code": "X 1", "name": "", "kind": "PROVINCIAL_DEPARTMENT", "parentCode": "KHONG-CO"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("name")));
        mvc.perform(asCoordinator(post("/api/v1/agencies"), """
                        {"code": "X1", "name": "Cơ quan thử", "kind": "PROVINCIAL_DEPARTMENT", "parentCode": "KHONG-CO",
                         "website": "ftp://x"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("parentCode", "website")));
        mvc.perform(asCoordinator(post("/api/v1/agencies"), """
                        {"code": "X2", "name": "Cơ quan thử", "kind": "KHONG_RO"}""")).andExpect(status().isBadRequest());
        assertThat(countAgencies()).isEqualTo(before);
    }

    @Test
    void searchIgnoresAccentsAndCase() throws Exception {
        mvc.perform(get("/api/v1/agencies").param("q", "so y te").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(jsonPath("$.items[*].code", Matchers.hasItem("H57.10")));
        mvc.perform(get("/api/v1/agencies")
                        .param("q", "hue")
                        .param("size", "500")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(jsonPath("$.items[*].code", Matchers.hasItems("H57", "H57.01.01", "VT.VNPT-HUE")));
        mvc.perform(get("/api/v1/agencies").param("q", "DAN DIEN").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(jsonPath("$.items[*].code", Matchers.contains("H57.X01")));
    }

    @Test
    void aMergerNeedsAnActiveSuccessorAndIsRecorded() throws Exception {
        String code = registerUnit();
        mvc.perform(asCoordinator(post("/api/v1/agencies/" + code + "/status"), """
                        {"status": "MERGED"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("successorCode"));
        mvc.perform(asCoordinator(post("/api/v1/agencies/" + code + "/status"), """
                        {"status": "MERGED", "successorCode": "H57.D01"}"""))
                .andExpect(status().isBadRequest());
        mvc.perform(asCoordinator(post("/api/v1/agencies/" + code + "/status"), """
                        {"status": "MERGED", "successorCode": "H57.08", "on": "2025-07-01"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MERGED"))
                .andExpect(jsonPath("$.successorCode").value("H57.08"));
        assertThat(auditActions(code)).contains("agencies.agency.status-changed");
    }

    @Test
    void aParentCannotBeTheAgencyItselfOrOneOfItsUnits() throws Exception {
        mvc.perform(asCoordinator(put("/api/v1/agencies/H57.10"), """
                        {"name": "Sở Y tế", "kind": "PROVINCIAL_DEPARTMENT", "parentCode": "H57.10.01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"));
    }

    @Test
    void appointingASuccessorClosesTheCurrentTermAndKeepsTheHistory() throws Exception {
        String code = registerUnit();
        appoint(code, "Nguyễn Văn Một", "2026-01-05").andExpect(status().isOk());
        appoint(code, "Trần Thị Hai", "2026-06-01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personName").value("Trần Thị Hai"));
        mvc.perform(get("/api/v1/agencies/" + code + "/focal-points").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].personName").value("Trần Thị Hai"))
                .andExpect(jsonPath("$.items[0].validTo").doesNotExist())
                .andExpect(jsonPath("$.items[1].validTo").value("2026-06-01"));
        appoint(code, "Lê Văn Ba", "2025-01-01").andExpect(status().isBadRequest());
        assertThat(auditActions(code)).contains("agencies.focal-point.appointed");
    }

    @Test
    void aFocalPointWithBadContactDetailsIsRefusedAndNothingIsSaved() throws Exception {
        String code = registerUnit();
        mvc.perform(asCoordinator(put("/api/v1/agencies/" + code + "/focal-points/INCIDENT_CONTACT"), """
                        {"unitName": "Tổ ứng cứu", "personName": "", "position": "Chuyên viên",
                         "phone": "12", "email": "khong-phai-email"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("personName", "email")));
        mvc.perform(asCoordinator(put("/api/v1/agencies/" + code + "/focal-points/INCIDENT_CONTACT"), """
                        {"unitName": "Tổ ứng cứu", "personName": "Lê Văn Ba", "position": "Chuyên viên",
                         "phone": "12", "email": "ba@hue.gov.vn"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phone"));
        assertThat(jdbc.sql("SELECT count(*) FROM agencies.focal_point WHERE agency_code = ?")
                        .param(code)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theAttentionListNamesAgenciesWithMissingFocalPoints() throws Exception {
        String code = registerUnit();
        mvc.perform(get("/api/v1/agencies/focal-points/attention")
                        .param("size", "500")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.items[?(@.agencyCode == '%s')].problem".formatted(code), Matchers.hasItem("MISSING")))
                .andExpect(jsonPath("$.items[*].problem", Matchers.hasItem("STALE")));
    }

    private org.springframework.test.web.servlet.ResultActions appoint(String code, String person, String from)
            throws Exception {
        return mvc.perform(asCoordinator(
                put("/api/v1/agencies/" + code + "/focal-points/SECURITY_UNIT"), """
                {"unitName": "Phòng Hành chính", "personName": "%s", "position": "Chánh Văn phòng",
                 "phone": "0234 3822 111", "email": "attt@hue.gov.vn", "decisionNumber": "12/QĐ-SYT",
                 "appointedOn": "%s", "validFrom": "%s"}""".formatted(person, from, from)));
    }

    private String registerUnit() throws Exception {
        String code = unique("H57.12.T");
        mvc.perform(asCoordinator(post("/api/v1/agencies"), """
                        {"code": "%s", "name": "Bệnh viện thử nghiệm", "kind": "PUBLIC_SERVICE_UNIT", "parentCode": "H57.12"}""".formatted(code)))
                .andExpect(status().isCreated());
        return code;
    }

    private MockHttpServletRequestBuilder asCoordinator(MockHttpServletRequestBuilder request, String json) {
        return request.with(ApiTokens.bearer("dieuphoi"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private long countAgencies() {
        return jdbc.sql("SELECT count(*) FROM agencies.agency")
                .query(Long.class)
                .single();
    }

    private java.util.List<String> auditActions(String objectId) {
        return jdbc.sql("SELECT action FROM audit.audit_record WHERE object_id = ?")
                .param(objectId)
                .query(String.class)
                .list();
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    static final String DEMO = KhienIntegrationTest.DEMO_PASSWORD;
}
