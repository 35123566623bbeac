package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.khien.compliance.web.NextActions;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/** The compliance and incidents tabs of agency and system pages, and where "Thực hiện" leads. */
@KhienIntegrationTest
class AgencyAndSystemTabsIntegrationTests {

    private static final String OFFICER = "canbo.sonv"; // Sở Nội vụ, H57.02

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    NextActions actions;

    private ResultActions get(String user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(SignedIn.as(users, user)));
    }

    @Test
    void bothPagesOfferTheComplianceAndIncidentsTabs() throws Exception {
        get(OFFICER, "/agencies/H57.02?tab=compliance")
                .andExpect(content().string(containsString("/compliance/of-agency/H57.02")))
                .andExpect(content().string(containsString("tab=incidents")));
        get(OFFICER, "/agencies/H57.02?tab=incidents")
                .andExpect(content().string(containsString("/incidents/of-agency/H57.02")));
        get(OFFICER, "/systems/SNV.WEB?tab=compliance")
                .andExpect(content().string(containsString("/compliance/of-system/SNV.WEB")));
        get(OFFICER, "/systems/SNV.WEB?tab=incidents")
                .andExpect(content().string(containsString("/incidents/of-system/SNV.WEB")));
    }

    @Test
    void theAgencysComplianceTabShowsItsFourLayersAndMostUrgentObligationsWithWhereToAct() throws Exception {
        get(OFFICER, "/compliance/of-agency/H57.02")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"agency-layers\"")))
                .andExpect(content().string(containsString("Nghĩa vụ cần chú ý nhất")))
                .andExpect(content().string(containsString("Thực hiện")))
                .andExpect(content().string(containsString("/compliance/obligations?agency=H57.02")));
        get("dieuphoi", "/compliance/of-system/SYT.WEB")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tab-obligations\"")));
    }

    @Test
    void anObserverReadsTheObligationsWithoutActionButtons() throws Exception {
        get("congan", "/compliance/of-agency/H57.16")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tab-obligations\"")))
                .andExpect(content().string(not(containsString("Thực hiện</a>"))));
        get("congan", "/compliance")
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Thực hiện</a>"))));
    }

    @Test
    void anotherAgencysTabsShowNothingOfIt() throws Exception {
        get(OFFICER, "/compliance/of-agency/H57.10").andExpect(status().isNotFound());
        get(OFFICER, "/compliance/of-system/SYT.WEB")
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"tab-obligations\""))));
        get(OFFICER, "/incidents/of-system/SYT.WEB")
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"incidents-table\""))));
        get(OFFICER, "/incidents/of-agency/H57.10")
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"incidents-table\""))));
    }

    @Test
    void actingOnAnObligationOpensTheFormPrefilledForWhatIsMissing() throws Exception {
        assertThat(actions.href("ct14.coordination-regulation", "AGENCY", "H57.02", "H57.02"))
                .isEqualTo("/registers/attestations/new?agency=H57.02&kind=COORDINATION_REGULATION");
        assertThat(actions.href("ct14.assessment-level-3-4", "SYSTEM", "SNV.WEB", "H57.02"))
                .isEqualTo("/assessments/new?system=SNV.WEB");
        assertThat(actions.href("nd85.assessment-cadence", "SYSTEM", "SNV.WEB", "H57.02"))
                .isEqualTo("/assessments/new?system=SNV.WEB");
        assertThat(actions.href("ct14.signing-credentials", "AGENCY", "H57.02", "H57.02"))
                .isEqualTo("/registers/credentials?agency=H57.02");
        assertThat(actions.href("ct14.focal-unit", "AGENCY", "H57.02", "H57.02"))
                .isEqualTo("/agencies/H57.02?tab=focal-points");
        assertThat(actions.href("ct14.agency-annual-report", "AGENCY", "H57.02", "H57.02"))
                .isEqualTo("/reports?agency=H57.02");
        assertThat(actions.href("law116.initial-notice", "AGENCY", "H57.02", "H57.02"))
                .isEqualTo("/compliance/obligations?agency=H57.02&rule=law116.initial-notice");

        get(OFFICER, "/registers/attestations/new?agency=H57.02&kind=SECURITY_DRILL")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"SECURITY_DRILL\" selected")));
    }
}
