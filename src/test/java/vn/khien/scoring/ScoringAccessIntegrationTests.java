package vn.khien.scoring;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

/** Who may do what: the coordinator manages; an agency sees and submits its own; assessors and providers nothing. */
@KhienIntegrationTest
class ScoringAccessIntegrationTests extends ScoringTestSupport {

    @Test
    void anAgencyOfficerSubmitsForItsOwnAgencyOnlyAndAnotherAgencyIsNotFound() throws Exception {
        long id = campaignInSelfAssessment(2017);
        submit(OFFICER, id, OTHER_AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isNotFound());
        getAs(OFFICER, path(id) + "/agencies/" + OTHER_AGENCY).andExpect(status().isNotFound());
        submit(OFFICER, id, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isOk());
        getAs(OFFICER, path(id) + "/agencies/" + AGENCY)
                .andExpect(jsonPath("$.submitted").value(true));
        getAs(OFFICER, path(id) + "/board")
                .andExpect(jsonPath("$.lines[*].agencyCode", Matchers.everyItem(Matchers.startsWith(AGENCY))));
        getAs(OFFICER, "/scoring/campaigns/" + id + "/agencies/" + OTHER_AGENCY).andExpect(status().isNotFound());
    }

    @Test
    void anAgencyHeadReadsButDoesNotSubmit() throws Exception {
        long id = campaignInSelfAssessment(2018);
        getAs(HEAD, path(id) + "/agencies/" + AGENCY).andExpect(status().isOk());
        submit(HEAD, id, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isForbidden());
    }

    @Test
    void onlyTheCoordinatorManagesCampaigns() throws Exception {
        long id = campaignInSelfAssessment(2019);
        for (String user : new String[] {OFFICER, HEAD, OBSERVER}) {
            postJson(user, "/api/v1/scoring/campaigns", "{\"year\":2019,\"setCode\":\"HUE-ATTT\",\"title\":\"x\"}")
                    .andExpect(status().isForbidden());
            postJson(user, path(id) + "/close", "{}").andExpect(status().isForbidden());
            postJson(user, path(id) + "/publish", "{}").andExpect(status().isForbidden());
            postJson(
                            user,
                            path(id) + "/agencies/" + AGENCY + "/verifications",
                            "{\"criterionCode\":\"1.2\",\"points\":1,\"reason\":\"x\"}")
                    .andExpect(status().isForbidden());
        }
        getAs(OBSERVER, path(id) + "/agencies/" + OTHER_AGENCY).andExpect(status().isOk());
    }

    @Test
    void assessorsAndProvidersSeeNothingOfScoring() throws Exception {
        long id = campaignInSelfAssessment(2020);
        for (String user : new String[] {ASSESSOR, PROVIDER}) {
            getAs(user, "/api/v1/scoring/campaigns").andExpect(status().isForbidden());
            getAs(user, "/api/v1/scoring/criteria-sets").andExpect(status().isForbidden());
            getAs(user, path(id)).andExpect(status().isForbidden());
            getAs(user, path(id) + "/agencies/" + AGENCY).andExpect(status().isForbidden());
            submit(user, id, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isForbidden());
            getAs(user, "/scoring").andExpect(status().isForbidden());
        }
    }

    @Test
    void anUnknownCampaignIsNotFound() throws Exception {
        getAs(COORDINATOR, path(987654321)).andExpect(status().isNotFound());
        getAs(COORDINATOR, "/scoring/campaigns/987654321").andExpect(status().isNotFound());
    }
}
