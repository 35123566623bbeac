package vn.khien.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khien.assessments.application.CampaignManagement;
import vn.khien.assessments.application.CampaignParties;
import vn.khien.shared.SystemActor;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class CampaignPartiesIntegrationTests extends AssessmentsTestSupport {

    /** The provincial police follow the programme as observers: they read, the coordinator changes. */
    static final String POLICE_OBSERVER = "congan";

    @Autowired
    CampaignManagement campaigns;

    @Autowired
    CampaignParties parties;

    private UUID newCampaign() {
        UUID[] id = new UUID[1];
        SystemActor.run("test", () -> id[0] = campaigns.create("Khắc phục tồn tại đánh giá quốc gia", "Văn bản thử"));
        return id[0];
    }

    private long partyCount(UUID campaign) {
        return jdbc.sql("SELECT count(*) FROM assessments.campaign_party WHERE campaign_id = ?")
                .param(campaign)
                .query(Long.class)
                .single();
    }

    @Test
    void theCoordinatorAddsThePoliceAsAPartyShownOnTheCampaignPageAndAudited() throws Exception {
        UUID campaign = newCampaign();
        mvc.perform(form(COORDINATOR, "/assessments/campaigns/" + campaign + "/parties")
                        .param("kind", "PROVINCIAL_POLICE")
                        .param("name", "Phòng An ninh mạng, Công an tỉnh")
                        .param("contact", "0234 3822 000")
                        .param("responsibility", "Kiểm tra kết quả khắc phục"))
                .andExpect(status().is3xxRedirection());

        getAs(POLICE_OBSERVER, "/assessments/campaigns/" + campaign)
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Phòng An ninh mạng, Công an tỉnh")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Công an tỉnh</span>")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("campaign-party-form"))));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_record WHERE action = 'assessments.campaign.party-added'"
                                + " AND object_id = ?")
                        .param(campaign.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPartyWithoutANameIsRefusedOnTheFormAndNothingIsStored() throws Exception {
        UUID campaign = newCampaign();
        mvc.perform(form(COORDINATOR, "/assessments/campaigns/" + campaign + "/parties")
                        .param("kind", "MINISTRY")
                        .param("name", "  "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("partyForm", "name"));
        assertThat(partyCount(campaign)).isZero();
    }

    @Test
    void onlyTheCoordinatorChangesPartiesAndAgenciesDoNotSeeTheCampaign() throws Exception {
        UUID campaign = newCampaign();
        UUID[] party = new UUID[1];
        SystemActor.run(
                "test",
                () -> party[0] = parties.addParty(
                        campaign,
                        new NewCampaignParty(CampaignPartyKind.PROVINCIAL_POLICE, "Công an tỉnh", null, null)));

        mvc.perform(form(OFFICER, "/assessments/campaigns/" + campaign + "/parties")
                        .param("kind", "OTHER")
                        .param("name", "Một đơn vị"))
                .andExpect(status().isForbidden());
        mvc.perform(form(OFFICER, "/assessments/campaigns/" + campaign + "/parties/" + party[0] + "/delete"))
                .andExpect(status().isForbidden());
        getAs(OFFICER, "/assessments/campaigns/" + campaign).andExpect(status().isNotFound());
        assertThat(partyCount(campaign)).isEqualTo(1);

        mvc.perform(form(COORDINATOR, "/assessments/campaigns/" + campaign + "/parties/" + party[0] + "/delete"))
                .andExpect(status().is3xxRedirection());
        assertThat(partyCount(campaign)).isZero();
    }
}
