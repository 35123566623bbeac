package vn.khien.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/**
 * An organisation's standing to assess (issue 16 item 7): the licence's service and issuer (Law 86/2015
 * Art. 41.1) and a public service function or designation (Decree 85/2016 Art. 20.2.c), in the API and
 * the form, checked, and kept by the coordinator alone.
 */
@KhienIntegrationTest
class AgencyCredentialsIntegrationTests {

    static final String DEMO = KhienIntegrationTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    AgencyDirectory directory;

    ResultActions send(
            String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r, String json)
            throws Exception {
        return mvc.perform(r.with(ApiTokens.bearer(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void theCoordinatorRecordsTheLicencesServiceAndIssuerAndReadsThemBack() throws Exception {
        String code = AgencyRegistryIntegrationTests.unique("DG.T");
        send("dieuphoi", post("/api/v1/agencies"), """
                        {"code":"%s","name":"Tổ chức kiểm định thử","kind":"ASSESSMENT_ORGANISATION",
                         "licence":{"number":"7/GP-ATTT","kind":"SECURITY_ASSESSMENT","issuer":"Bộ Thông tin và Truyền thông",
                                    "validFrom":"2024-01-02","validUntil":"2034-01-01"}}""".formatted(code)).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/agencies/" + code).with(ApiTokens.bearer("dieuphoi")))
                .andExpect(jsonPath("$.licence.kind").value("SECURITY_ASSESSMENT"))
                .andExpect(jsonPath("$.licence.issuer").value("Bộ Thông tin và Truyền thông"))
                .andExpect(jsonPath("$.licence.validUntil").value("2034-01-01"))
                .andExpect(jsonPath("$.mandate").doesNotExist());
        assertThat(directory.credentials(code)).hasValueSatisfying(c -> {
            assertThat(c.licenceKind()).isEqualTo(LicenceKind.SECURITY_ASSESSMENT);
            assertThat(c.licenceCovers(
                            LicenceKind.SECURITY_ASSESSMENT, LocalDate.of(2024, 1, 2), LocalDate.of(2034, 1, 1)))
                    .isTrue();
        });
        mvc.perform(get("/agencies/" + code).with(SignedIn.as(accounts, "dieuphoi")))
                .andExpect(
                        content().string(Matchers.containsString("Dịch vụ kiểm tra, đánh giá an toàn thông tin mạng")))
                .andExpect(content().string(Matchers.containsString("do Bộ Thông tin và Truyền thông cấp")));
    }

    @Test
    void aPublicServiceUnitsFunctionAndADesignationAreRecordedWithTheirDocument() throws Exception {
        String unit = AgencyRegistryIntegrationTests.unique("H57.08.T");
        send("dieuphoi", post("/api/v1/agencies"), """
                        {"code":"%s","name":"Trung tâm Giám sát điều hành thử","kind":"PUBLIC_SERVICE_UNIT","parentCode":"H57.08",
                         "mandate":{"kind":"PUBLIC_SERVICE_FUNCTION","reference":"Quyết định 15/QĐ-UBND"}}""".formatted(unit)).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/agencies/" + unit).with(ApiTokens.bearer("dieuphoi")))
                .andExpect(jsonPath("$.mandate.kind").value("PUBLIC_SERVICE_FUNCTION"))
                .andExpect(jsonPath("$.mandate.reference").value("Quyết định 15/QĐ-UBND"));
        String designated = AgencyRegistryIntegrationTests.unique("DV.T");
        send("dieuphoi", post("/api/v1/agencies"), """
                        {"code":"%s","name":"Công ty được chỉ định thử","kind":"SERVICE_PROVIDER",
                         "mandate":{"kind":"DESIGNATED","reference":"Quyết định 99/QĐ-BTTTT","validFrom":"2026-01-01",
                                    "validUntil":"2026-12-31"}}""".formatted(designated)).andExpect(status().isCreated());
        mvc.perform(get("/agencies/" + designated).with(SignedIn.as(accounts, "dieuphoi")))
                .andExpect(
                        content().string(Matchers.containsString("Tổ chức chuyên môn được cấp có thẩm quyền chỉ định")))
                .andExpect(content().string(Matchers.containsString("hiệu lực từ 01/01/2026 đến 31/12/2026")));
    }

    @Test
    void badCredentialsAnswer400WithTheFieldAndSaveNothing() throws Exception {
        String code = AgencyRegistryIntegrationTests.unique("DG.T");
        send("dieuphoi", post("/api/v1/agencies"), """
                        {"code":"%s","name":"Tổ chức thử","kind":"ASSESSMENT_ORGANISATION",
                         "licence":{"number":"7/GP","validFrom":"2026-01-02","validUntil":"2026-01-01"}}""".formatted(code))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("licenceKind", "licenceValidUntil")));
        send("dieuphoi", post("/api/v1/agencies"), """
                        {"code":"%s","name":"Tổ chức thử","kind":"ASSESSMENT_ORGANISATION",
                         "licence":{"number":"7/GP","kind":"SECURITY_ASSESSMENT"}}""".formatted(code))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("licenceValidFrom", "licenceValidUntil")));
        send("dieuphoi", post("/api/v1/agencies"), """
                        {"code":"%s","name":"Tổ chức thử","kind":"SERVICE_PROVIDER",
                         "mandate":{"kind":"DESIGNATED","validFrom":"2026-02-01","validUntil":"2026-01-31"}}""".formatted(code))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("mandateReference", "mandateValidUntil")));
        send("dieuphoi", post("/api/v1/agencies"), """
                        {"code":"%s","name":"Tổ chức thử","kind":"SERVICE_PROVIDER",
                         "mandate":{"kind":"PUBLIC_SERVICE_FUNCTION","reference":"QĐ 1"}}""".formatted(code))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mandateKind"));
        send("dieuphoi", post("/api/v1/agencies"), """
                        {"code":"%s","name":"Tổ chức thử","kind":"SERVICE_PROVIDER","licence":{"kind":"KHONG_CO"}}""".formatted(code)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/agencies/" + code).with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aLicenceValidUntilTheDayItStartsIsAccepted() throws Exception {
        String code = AgencyRegistryIntegrationTests.unique("DG.T");
        send("dieuphoi", post("/api/v1/agencies"), """
                        {"code":"%s","name":"Tổ chức thử","kind":"ASSESSMENT_ORGANISATION",
                         "licence":{"number":"7/GP","kind":"SECURITY_ASSESSMENT","validFrom":"2026-01-01","validUntil":"2026-01-01"}}""".formatted(code)).andExpect(status().isCreated());
    }

    @Test
    void theFormReShowsAMissingLicenceServiceWithAMessage() throws Exception {
        mvc.perform(post("/agencies/new")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf())
                        .param("code", AgencyRegistryIntegrationTests.unique("DG.T"))
                        .param("name", "Tổ chức thử")
                        .param("kind", "ASSESSMENT_ORGANISATION")
                        .param("licenceNumber", "7/GP")
                        .param("licenceValidFrom", "2026-01-01")
                        .param("licenceValidUntil", "2035-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hãy chọn loại dịch vụ mà giấy phép cho phép.")));
        String code = AgencyRegistryIntegrationTests.unique("DG.T");
        mvc.perform(post("/agencies/new")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "Tổ chức thử")
                        .param("kind", "ASSESSMENT_ORGANISATION")
                        .param("licenceNumber", "7/GP")
                        .param("licenceKind", "SECURITY_ASSESSMENT")
                        .param("licenceIssuer", "Bộ Khoa học và Công nghệ")
                        .param("licenceValidFrom", "2026-01-01")
                        .param("licenceValidUntil", "2035-12-31"))
                .andExpect(redirectedUrl("/agencies/" + code));
        // attribute values come back with HTML entities for some accented letters
        mvc.perform(get("/agencies/" + code + "/edit").with(SignedIn.as(accounts, "dieuphoi")))
                .andExpect(content().string(Matchers.containsString("value=\"Bộ Khoa học v")))
                .andExpect(content()
                        .string(Matchers.containsString("<option value=\"SECURITY_ASSESSMENT\" selected=\"selected\"")))
                .andExpect(content().string(Matchers.containsString("mandate-fields")));
    }

    @Test
    void onlyTheCoordinatorChangesAnOrganisationsLicenceOrMandate() throws Exception {
        // an officer keeps the contact details of its agency: the mandate it sends is ignored
        send("canbo.thuanhoa", put("/api/v1/agencies/H57.P01"), """
                        {"name":"Ủy ban nhân dân phường Thuận Hóa","kind":"COMMUNE_COMMITTEE","parentCode":"H57",
                         "mandate":{"kind":"DESIGNATED","reference":"Tự chỉ định"}}""").andExpect(status().isOk());
        mvc.perform(get("/api/v1/agencies/H57.P01").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(jsonPath("$.mandate").doesNotExist());
        // an assessor cannot change its own organisation's licence; an officer elsewhere does not see it
        String licence = """
                {"name":"Trung tâm Kiểm định an toàn thông tin (tổ chức mẫu)","kind":"ASSESSMENT_ORGANISATION",
                 "licence":{"number":"1/GP","kind":"SECURITY_ASSESSMENT","validFrom":"2020-01-01","validUntil":"2040-01-01"}}""";
        send("danhgia", put("/api/v1/agencies/DG.KIEMDINH-DEMO"), licence).andExpect(status().isForbidden());
        send("canbo.syt", put("/api/v1/agencies/DG.KIEMDINH-DEMO"), licence).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agencies/DG.KIEMDINH-DEMO").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(jsonPath("$.licence.number").value("45/GP-KĐ"));
    }
}
