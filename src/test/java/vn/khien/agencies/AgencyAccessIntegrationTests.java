package vn.khien.agencies;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.khien.agencies.AgencyRegistryIntegrationTests.DEMO;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/**
 * An officer of Sở Nội vụ (H57.02) against Sở Y tế (H57.10): every page, form, export and API call
 * on the other agency answers 404, and lists show only the officer's own agency.
 */
@KhienIntegrationTest
class AgencyAccessIntegrationTests {

    private static final String OFFICER = "canbo.sonv";
    private static final String OTHER = "H57.10";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void anOfficerGets404ForEveryRouteOnAnotherAgency() throws Exception {
        for (String path : new String[] {
            "/agencies/" + OTHER,
            "/agencies/" + OTHER + "?tab=focal-points",
            "/agencies/" + OTHER + "/edit",
            "/agencies/" + OTHER + "/focal-points/SECURITY_UNIT",
            "/audit/history/agency/" + OTHER,
            "/audit/history/user/dieuphoi",
            "/api/v1/agencies/" + OTHER,
            "/api/v1/agencies/" + OTHER + "/focal-points"
        }) {
            var request =
                    get(path).with(path.startsWith("/api") ? httpBasic(OFFICER, DEMO) : SignedIn.as(accounts, OFFICER));
            mvc.perform(request).andExpect(status().isNotFound());
        }
        mvc.perform(officer(put("/api/v1/agencies/" + OTHER), """
                        {"name": "Sở Y tế", "kind": "PROVINCIAL_DEPARTMENT", "address": "bị đổi"}""")).andExpect(status().isNotFound());
        mvc.perform(officer(put("/api/v1/agencies/" + OTHER + "/focal-points/INCIDENT_CONTACT"), """
                        {"unitName": "X", "personName": "Kẻ Lạ", "position": "X", "phone": "0234 3822 111",
                         "email": "x@hue.gov.vn"}"""))
                .andExpect(status().isNotFound());
        mvc.perform(post("/agencies/" + OTHER + "/focal-points/SECURITY_UNIT/confirm")
                        .with(SignedIn.as(accounts, OFFICER))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/agencies/" + OTHER + "/edit")
                        .param("code", OTHER)
                        .param("name", "Sở Y tế")
                        .param("kind", "PROVINCIAL_DEPARTMENT")
                        .with(SignedIn.as(accounts, OFFICER))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOfficerSeesOnlyTheirOwnAgencyInListsSearchAndAttention() throws Exception {
        mvc.perform(get("/api/v1/agencies").param("size", "500").with(httpBasic(OFFICER, DEMO)))
                .andExpect(jsonPath("$.items[*].code", Matchers.everyItem(Matchers.is("H57.02"))))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/agencies").param("q", "y te").with(httpBasic(OFFICER, DEMO)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/agencies/focal-points/attention").with(httpBasic(OFFICER, DEMO)))
                .andExpect(jsonPath("$.items[*].agencyCode", Matchers.everyItem(Matchers.is("H57.02"))));
    }

    @Test
    void anOfficerKeepsTheirAgencysContactsButNotItsStructure() throws Exception {
        mvc.perform(officer(put("/api/v1/agencies/H57.02"), """
                        {"name": "Tên bị đổi", "kind": "NATIONAL_BODY", "address": "Số 8 Lê Lợi, Huế"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Sở Nội vụ"))
                .andExpect(jsonPath("$.kind").value("PROVINCIAL_DEPARTMENT"))
                .andExpect(jsonPath("$.address").value("Số 8 Lê Lợi, Huế"));
        mvc.perform(officer(post("/api/v1/agencies"), """
                        {"code": "H57.02.99", "name": "Đơn vị mới", "kind": "PUBLIC_SERVICE_UNIT"}""")).andExpect(status().isForbidden());
        mvc.perform(officer(post("/api/v1/agencies/H57.02/status"), """
                        {"status": "DISSOLVED"}""")).andExpect(status().isForbidden());
    }

    @Test
    void anAgencyHeadReadsButCannotChangeFocalPoints() throws Exception {
        mvc.perform(get("/api/v1/agencies/H57.02/focal-points").with(httpBasic("giamdoc.sonv", DEMO)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/agencies/H57.02/focal-points/INCIDENT_CONTACT")
                        .with(httpBasic("giamdoc.sonv", DEMO))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"unitName": "X", "personName": "Người Khác", "position": "X",
                                 "phone": "0234 3822 111", "email": "x@hue.gov.vn"}"""))
                .andExpect(status().isForbidden());
    }

    @Test
    void observersReadEveryAgencyButChangeNothing() throws Exception {
        mvc.perform(get("/api/v1/agencies/" + OTHER).with(httpBasic("congan", DEMO)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/agencies/" + OTHER)
                        .with(httpBasic("congan", DEMO))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Sở Y tế", "kind": "PROVINCIAL_DEPARTMENT"}"""))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOfficerReadsTheHistoryOfTheirOwnAgency() throws Exception {
        mvc.perform(get("/audit/history/agency/H57.02").with(SignedIn.as(accounts, OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Phân công đầu mối")));
    }

    private MockHttpServletRequestBuilder officer(MockHttpServletRequestBuilder request, String json) {
        return request.with(httpBasic(OFFICER, DEMO))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }
}
