package vn.khien.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

/** A campaign end to end on the real database: answers, verification, publication, correction. */
@KhienIntegrationTest
class ScoringCampaignIntegrationTests extends ScoringTestSupport {

    @Test
    void anAgencyThatSubmitsNothingGetsZeroOnSelfAssessedCriteriaAndIsMarkedNotSubmitted() throws Exception {
        long id = campaignInSelfAssessment(2011);
        submit(OFFICER, id, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isOk());
        closeAndPublish(id);
        getAs(COORDINATOR, path(id) + "/agencies/" + OTHER_AGENCY)
                .andExpect(jsonPath("$.submitted").value(false))
                .andExpect(jsonPath("$.groups[0].criteria[1].points").value(0.0));
        getAs(COORDINATOR, path(id) + "/agencies/" + AGENCY)
                .andExpect(jsonPath("$.submitted").value(true))
                .andExpect(jsonPath("$.groups[0].criteria[1].points").value(6.0));
        publicGet("/api/public/v1/rankings/2011")
                .andExpect(jsonPath("$.items[?(@.agencyCode == '" + OTHER_AGENCY + "')].submitted")
                        .value(false));
    }

    @Test
    void theCoordinatorsPointsNeedAReasonAndAreAudited() throws Exception {
        long id = campaignInSelfAssessment(2012);
        submit(OFFICER, id, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isOk());
        submit(OFFICER, id, AGENCY, "{\"1.2\":\"MAYBE\"}").andExpect(status().isBadRequest());
        submit(OFFICER, id, AGENCY, "{\"1.1\":\"YES\"}").andExpect(status().isBadRequest());
        postJson(
                        COORDINATOR,
                        path(id) + "/agencies/" + AGENCY + "/verifications",
                        "{\"criterionCode\":\"1.2\",\"points\":2,\"reason\":\"x\"}")
                .andExpect(status().isConflict()); // not in verification yet
        postJson(COORDINATOR, path(id) + "/close", "{}").andExpect(status().isOk());
        postJson(
                        COORDINATOR,
                        path(id) + "/agencies/" + AGENCY + "/verifications",
                        "{\"criterionCode\":\"1.2\",\"points\":2}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        postJson(
                        COORDINATOR,
                        path(id) + "/agencies/" + AGENCY + "/verifications",
                        "{\"criterionCode\":\"1.2\",\"points\":6.01,\"reason\":\"x\"}")
                .andExpect(status().isBadRequest());
        postJson(
                        COORDINATOR,
                        path(id) + "/agencies/" + AGENCY + "/verifications",
                        "{\"criterionCode\":\"1.2\",\"points\":2,\"reason\":\"Quy chế chưa ký\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[0].criteria[1].points").value(2.0))
                .andExpect(jsonPath("$.groups[0].criteria[1].overridden").value(true))
                .andExpect(jsonPath("$.groups[0].criteria[1].reason").value("Quy chế chưa ký"));
        assertThat(audited("scoring-submission", id + "/" + AGENCY))
                .containsExactly("scoring.submission.submitted", "scoring.submission.verified");
    }

    @Test
    void publishingFreezesAHashedVersionThatNothingChangesAndACorrectionIsANewVersion() throws Exception {
        long id = campaignInSelfAssessment(2013);
        submit(OFFICER, id, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isOk());
        closeAndPublish(id);
        String sha = jdbc.sql(
                        "SELECT snapshot_sha256 FROM scoring.publication_ranking WHERE campaign = ? AND version = 1")
                .param(id)
                .query(String.class)
                .single();
        assertThat(jdbc.sql(
                                "SELECT encode(sha256(convert_to(snapshot, 'UTF8')), 'hex') FROM scoring.publication_ranking"
                                        + " WHERE campaign = ? AND version = 1")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(sha);
        assertThatThrownBy(() -> jdbc.sql("UPDATE scoring.publication_score SET score = 99 WHERE campaign = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("never changes");
        postJson(COORDINATOR, path(id) + "/corrections", "{\"reason\":\" \",\"changes\":[]}")
                .andExpect(status().isBadRequest());
        postJson(COORDINATOR, path(id) + "/corrections", """
                        {"reason":"Sở Y tế nộp bản giấy đúng hạn","changes":[
                         {"agencyCode":"%s","criterionCode":"1.2","points":6}]}""".formatted(OTHER_AGENCY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedVersion").value(2));
        publicGet("/api/public/v1/rankings/2013")
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.correctionReason").value("Sở Y tế nộp bản giấy đúng hạn"))
                .andExpect(jsonPath("$.versions.length()").value(2));
        publicGet("/api/public/v1/rankings/2013?version=1")
                .andExpect(jsonPath("$.sha256").value(sha))
                .andExpect(jsonPath("$.correctionReason").doesNotExist());
        assertThat(audited("scoring-campaign", Long.toString(id)))
                .containsSubsequence("scoring.campaign.published", "scoring.campaign.corrected");
        postJson(COORDINATOR, path(id) + "/cancel", "{}").andExpect(status().isConflict());
        postJson(COORDINATOR, path(id) + "/publish", "{}").andExpect(status().isConflict());
    }

    @Test
    void aChangeToAgencyDataAfterPublicationDoesNotChangeThePublishedScore() throws Exception {
        String agency = uniqueCode("H57.T");
        postJson(
                        COORDINATOR,
                        "/api/v1/agencies",
                        "{\"code\":\"%s\",\"name\":\"Sở thử nghiệm\",\"kind\":\"PROVINCIAL_DEPARTMENT\",\"parentCode\":\"H57\"}"
                                .formatted(agency))
                .andExpect(status().isCreated());
        for (String role : new String[] {"SECURITY_UNIT", "INCIDENT_CONTACT"}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                    "/api/v1/agencies/" + agency + "/focal-points/" + role)
                            .with(as(COORDINATOR))
                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                            .content("""
                                    {"unitName":"Phòng CNTT","personName":"Ngô Văn Thử","position":"Trưởng phòng",
                                     "phone":"0234000000","email":"thu@example.vn","validFrom":"2014-01-01"}"""))
                    .andExpect(status().is2xxSuccessful());
        }
        long id = campaignInSelfAssessment(2014);
        closeAndPublish(id);
        publicGet("/api/public/v1/rankings/2014")
                .andExpect(jsonPath("$.items[?(@.agencyCode == '" + agency + "')].score")
                        .value(4.0));
        jdbc.sql("DELETE FROM agencies.focal_point WHERE agency_code = ?")
                .param(agency)
                .update();
        long unpublished = campaign(2014); // same year, another set: counted from today's data
        getAs(COORDINATOR, path(unpublished) + "/agencies/" + agency)
                .andExpect(jsonPath("$.score").value(0.0));
        publicGet("/api/public/v1/rankings/2014")
                .andExpect(jsonPath("$.items[?(@.agencyCode == '" + agency + "')].score")
                        .value(4.0));
        getAs(COORDINATOR, path(id) + "/agencies/" + agency)
                .andExpect(jsonPath("$.score").value(4.0))
                .andExpect(jsonPath("$.groups[0].criteria[0].input").value(Matchers.containsString("2")));
    }

    @Test
    void transitionsOutOfOrderAreConflictsAndBadDatesAre400() throws Exception {
        long id = campaign(2015);
        postJson(COORDINATOR, path(id) + "/close", "{}").andExpect(status().isConflict());
        postJson(COORDINATOR, path(id) + "/publish", "{}").andExpect(status().isConflict());
        postJson(COORDINATOR, path(id) + "/open", "{\"closesOn\":\"2000-01-01\"}")
                .andExpect(status().isBadRequest());
        postJson(COORDINATOR, path(id) + "/open", "{\"closesOn\":\"2999-01-01\"}")
                .andExpect(status().isOk());
        postJson(COORDINATOR, path(id) + "/close", "{}").andExpect(status().isConflict()); // window still open
        postJson(COORDINATOR, "/api/v1/scoring/campaigns", "{\"year\":2015,\"setCode\":\"NOPE\",\"title\":\"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("setCode", "title")));
        postJson(COORDINATOR, "/api/v1/scoring/campaigns", "{\"year\":-5,\"setCode\":\"HUE-ATTT\",\"title\":\"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        String set = jdbc.sql("SELECT set_code FROM scoring.campaign WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
        postJson(COORDINATOR, "/api/v1/scoring/campaigns", """
                        {"year":2015,"setCode":"%s","title":"Lần hai"}""".formatted(set)).andExpect(status().isConflict());
        postJson(COORDINATOR, path(id) + "/cancel", "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CANCELLED"));
    }

    @Test
    void aFrozenSetVersionCannotBeStoredAgainButAnUnusedOneCan() throws Exception {
        long id = campaign(2016);
        String set = jdbc.sql("SELECT set_code FROM scoring.campaign WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/scoring/criteria-sets")
                        .with(as(COORDINATOR))
                        .contentType(org.springframework.http.MediaType.parseMediaType("application/yaml"))
                        .content(setYaml(set, 1).replace("maxPoints: 6", "maxPoints: 7")))
                .andExpect(status().isConflict());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/scoring/criteria-sets")
                        .with(as(COORDINATOR))
                        .contentType(org.springframework.http.MediaType.parseMediaType("application/yaml"))
                        .content(setYaml(set, 2).replace("maxPoints: 6", "maxPoints: 7")))
                .andExpect(status().isCreated());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/scoring/criteria-sets")
                        .with(as(COORDINATOR))
                        .contentType(org.springframework.http.MediaType.parseMediaType("application/yaml"))
                        .content("code: [broken"))
                .andExpect(status().isBadRequest());
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM scoring.criteria_set WHERE code = ? AND version = 1")
                        .param(set)
                        .update())
                .hasMessageContaining("frozen");
    }
}
