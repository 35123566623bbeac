package vn.khien.shared.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/**
 * Text with a NUL character (U+0000, %00) and dates not written yyyy-MM-dd (or dd/MM/yyyy in forms)
 * are refused with a 400 that names the field, wherever they are sent.
 */
@KhienIntegrationTest
class RefusedInputIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor coordinator() {
        return SignedIn.as(users, "dieuphoi");
    }

    @Test
    void aNulInAJsonStringIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/staff")
                        .with(coordinator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agencyCode\":\"H57.02\",\"fullName\":\"Nguyễn\\u0000Văn\","
                                + "\"securityRole\":\"RESPONDER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fullName"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("NUL")));
    }

    @Test
    void aNulInAListFilterIsRefusedNamingTheParameter() throws Exception {
        for (String[] list :
                new String[][] {{"/api/v1/users", "q"}, {"/api/v1/attestations", "agency"}, {"/api/v1/systems", "q"}}) {
            mvc.perform(get(list[0]).param(list[1], "a\u0000").with(coordinator()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(list[1]))
                    .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("NUL")));
        }
    }

    @Test
    void aNulInAPageFilterOrFormFieldIsRefused() throws Exception {
        mvc.perform(get("/systems").param("q", "\u0000").with(coordinator())).andExpect(status().isBadRequest());
        mvc.perform(post("/assessments/campaigns")
                        .with(coordinator())
                        .with(csrf())
                        .param("name", "Rà soát\u0000")
                        .param("source", "NUL"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aDateParameterOutsideFourDigitYearsIsRefusedNamingIt() throws Exception {
        for (String to : new String[] {"+999999999-12-31", "-999999999-01-01", "-1", "2026-02-30"}) {
            mvc.perform(get("/api/v1/audit").param("to", to).with(coordinator()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("to"))
                    .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("yyyy-MM-dd")));
        }
        mvc.perform(get("/api/v1/audit?to=2026-12-31").with(coordinator())).andExpect(status().isOk());
    }

    @Test
    void aJsonDateWithASignedYearIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/staff")
                        .with(coordinator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agencyCode\":\"H57.02\",\"fullName\":\"Nguyễn Văn A\","
                                + "\"securityRole\":\"RESPONDER\",\"joinedOn\":\"+999999999-12-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("joinedOn"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("yyyy-MM-dd")));
    }
}
