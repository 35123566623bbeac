package vn.khien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/**
 * Issue 15 (7): the docs promise that a guessed agency code reveals nothing, so an agency user's
 * pickers list only the agencies in their scope (and, where a form names an outside organisation, only
 * organisations of that kind); province-wide roles keep the whole registry.
 */
@KhienIntegrationTest
class AgencyPickersIntegrationTests {

    /** Every page an agency officer opens that renders an agency picker, filter or select. */
    private static final List<String> PAGES = List.of(
            "/systems",
            "/systems/new",
            "/findings",
            "/findings/board",
            "/registers/attestations",
            "/registers/attestations/new",
            "/registers/credentials",
            "/registers/credentials/new",
            "/registers/it-plans",
            "/registers/it-plans/new",
            "/registers/staff",
            "/registers/staff/new",
            "/assessments/new",
            "/assessments/plans",
            "/agencies/H57.02/edit");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private String page(String username, String path) throws Exception {
        var response = mvc.perform(get(path).with(SignedIn.as(users, username)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void anOfficerPicksOnlyAgenciesInItsScope() throws Exception {
        for (String path : PAGES) {
            String html = page("canbo.sonv", path);
            assertThat(html).as(path).doesNotContain("value=\"H57.10\"", "value=\"H57.01\"");
        }
        assertThat(page("canbo.sonv", "/systems")).contains("value=\"H57.02\"");
        assertThat(page("canbo.syt", "/registers/staff")).contains("value=\"H57.10\"", "value=\"H57.10.01\"");
    }

    @Test
    void anOfficerChoosesAnAssessorAmongAssessmentOrganisationsNotOtherAgencies() throws Exception {
        String html = page("canbo.sonv", "/assessments/new");
        assertThat(html).contains("value=\"DG.KIEMDINH-DEMO\"").doesNotContain("value=\"H57.10\"");
    }

    @Test
    void provinceWideRolesKeepTheWholeRegistry() throws Exception {
        assertThat(page("dieuphoi", "/systems")).contains("value=\"H57.10\"", "value=\"H57.02\"");
        assertThat(page("congan", "/findings")).contains("value=\"H57.10\"", "value=\"H57.02\"");
    }
}
