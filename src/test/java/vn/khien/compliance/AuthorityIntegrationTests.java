package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

@KhienIntegrationTest
class AuthorityIntegrationTests {

    static final String PASSWORD = KhienIntegrationTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    Authorities authorities;

    @Autowired
    UserDetailsService users;

    @Test
    void whoReceivesTheReportChangesWithTheDayNotWithARelease() {
        assertThat(authorities.holder(AuthorityRole.MINISTRY_REPORT_RECIPIENT, LocalDate.of(2024, 12, 14)))
                .hasValueSatisfying(h -> assertThat(h.organisationName()).isEqualTo("Bộ Thông tin và Truyền thông"));
        assertThat(authorities.holder(AuthorityRole.MINISTRY_REPORT_RECIPIENT, LocalDate.of(2025, 12, 14)))
                .hasValueSatisfying(h -> assertThat(h.organisationName()).isEqualTo("Bộ Công an"));
    }

    @Test
    void aNewHolderEndsTheCurrentTermTheDayBeforeAndOnlyTheCoordinatorRecordsIt() throws Exception {
        String body = """
                {"role": "CIPHER_CA", "organisationName": "Tổ chức CA mới", "validFrom": "2030-01-01"}""";
        mvc.perform(post("/api/v1/authorities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(httpBasic("canbo.sonv", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/authorities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"CIPHER_CA\"}")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.hasItems("organisationName", "validFrom")));
        mvc.perform(post("/api/v1/authorities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isNoContent());
        assertThat(authorities
                        .holder(AuthorityRole.CIPHER_CA, LocalDate.of(2029, 12, 31))
                        .orElseThrow()
                        .validTo())
                .isEqualTo(LocalDate.of(2029, 12, 31));
        mvc.perform(get("/api/v1/authorities").param("asOf", "2030-01-01").with(httpBasic("canbo.sonv", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.role == 'CIPHER_CA')].organisationName")
                        .value("Tổ chức CA mới"));
    }

    @Test
    void theAuthoritiesPageShowsTheFormOnlyToTheCoordinatorAndReShowsItWithMessages() throws Exception {
        mvc.perform(get("/compliance/authorities").with(SignedIn.as(users, "canbo.sonv")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bộ Công an")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("authority-form"))));
        mvc.perform(post("/compliance/authorities")
                        .param("role", "CIPHER_CA")
                        .param("organisationName", "")
                        .with(csrf())
                        .with(SignedIn.as(users, "dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nhập tên cơ quan, tổ chức")));
    }
}
