package vn.khien.compliance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/** The pack API and page give each rule's citation, whether it was verified, and who owes it. */
@KhienIntegrationTest
class PackApiIntegrationTests {

    static final String PASSWORD = KhienIntegrationTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void thePackApiGivesEveryRulesCitationAndVerifiedFlag() throws Exception {
        mvc.perform(get("/api/v1/packs/QD05-2017").with(httpBasic("canbo.syt", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("QD05-2017"))
                .andExpect(jsonPath("$.rules[?(@.id == 'qd05.final-report')].legal.article")
                        .value(hasItem(containsString("Điều 9 khoản 2 điểm b"))))
                .andExpect(jsonPath("$.rules[?(@.id == 'qd05.final-report')].legal.verified")
                        .value(hasItem(true)));
        mvc.perform(get("/api/v1/packs/QD05-2017").with(httpBasic("canbo.syt", PASSWORD)))
                .andExpect(jsonPath("$.scope.excludeOwnerKinds", hasItem("PROVINCIAL_POLICE")))
                .andExpect(jsonPath("$.scope.basis.vi", containsString("Điều 1")));
        mvc.perform(get("/api/v1/packs/LAW116-2025").with(httpBasic("canbo.syt", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rules[0].legal.verified").value(false));
        mvc.perform(get("/api/v1/packs").with(httpBasic("canbo.syt", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem("CT14-2019")));
        mvc.perform(get("/api/v1/packs/NO-SUCH").with(httpBasic("canbo.syt", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRulesPageShowsAnUnverifiedCitationAsSuch() throws Exception {
        mvc.perform(get("/compliance/packs/LAW116-2025").param("lang", "en").with(SignedIn.as(users, "canbo.sonv")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Citation not verified")));
        mvc.perform(get("/compliance/packs/QD05-2017").with(SignedIn.as(users, "canbo.sonv")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã đối chiếu văn bản")));
    }
}
