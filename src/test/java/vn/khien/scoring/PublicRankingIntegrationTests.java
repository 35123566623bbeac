package vn.khien.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

/** The public page and API: no sign-in, published versions only, cacheable. */
@KhienIntegrationTest
class PublicRankingIntegrationTests extends ScoringTestSupport {

    @Test
    void theDemoRankingOf2025IsPublicWithATieAndTheOpen2026CampaignIsNot() throws Exception {
        publicGet("/api/public/v1/rankings")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].year", Matchers.hasItem(2025)))
                .andExpect(jsonPath("$.items[*].year", Matchers.not(Matchers.hasItem(2026))));
        String json = publicGet("/api/public/v1/rankings/2025")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].rank").value(1))
                .andExpect(jsonPath("$.items[*].agencyCode", Matchers.hasItem("H57.02")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.List<Integer> ranks = com.jayway.jsonpath.JsonPath.read(json, "$.items[*].rank");
        assertThat(new java.util.HashSet<>(ranks))
                .as("a tie in the demo ranking")
                .hasSizeLessThan(ranks.size());
    }

    @Test
    void nothingUnpublishedIsReachableByYearOrVersionGuessing() throws Exception {
        long id = campaignInSelfAssessment(2021);
        submit(OFFICER, id, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isOk());
        publicGet("/api/public/v1/rankings/2021").andExpect(status().isNotFound());
        publicGet("/api/public/v1/rankings/2026").andExpect(status().isNotFound());
        publicGet("/api/public/v1/rankings/2025?version=99").andExpect(status().isNotFound());
        publicGet("/xep-hang/2021").andExpect(status().isNotFound());
        publicGet("/xep-hang/2026").andExpect(status().isNotFound());
        publicGet("/api/public/v1/rankings")
                .andExpect(jsonPath("$.items[*].year", Matchers.not(Matchers.hasItem(2021))));
        // the campaign's own routes need a sign-in
        publicGet(path(id)).andExpect(status().isUnauthorized());
        publicGet(path(id) + "/board").andExpect(status().isUnauthorized());
        mvc.perform(post("/api/public/v1/rankings"))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(401, 403));
        publicGet("/api/public/v1/other").andExpect(status().isUnauthorized());
        publicGet("/scoring").andExpect(status().is3xxRedirection());
    }

    @Test
    void thePublicApiIsTaggedAndCacheableAndAnswers304WhenUnchanged() throws Exception {
        var response = publicGet("/api/public/v1/rankings/2025")
                .andExpect(header().string("Cache-Control", Matchers.containsString("max-age=300")))
                .andExpect(header().string("Cache-Control", Matchers.containsString("public")))
                .andReturn()
                .getResponse();
        String etag = response.getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/api/public/v1/rankings/2025").header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        String listTag =
                publicGet("/api/public/v1/rankings").andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/api/public/v1/rankings").header("If-None-Match", listTag))
                .andExpect(status().isNotModified());
    }

    @Test
    void thePublicPageShowsTheRankingInVietnameseThenEnglishWithoutSignIn() throws Exception {
        publicGet("/xep-hang")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Xếp hạng chung")))
                .andExpect(content().string(Matchers.containsString("<table")))
                .andExpect(content().string(Matchers.containsString("scope=\"col\"")))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-cache")))
                .andExpect(header().exists("ETag"));
        publicGet("/xep-hang/2025?lang=en")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Overall ranking")))
                .andExpect(content().string(Matchers.containsString("Provincial department")));
        publicGet("/xep-hang/abcd").andExpect(status().isNotFound());
    }

    @Test
    void scoresShowTheReadersDecimalSeparator() throws Exception {
        String scoreCell = "<td class=\"text-end\">\\d{1,3}%s\\d{2}</td>";
        String vietnamese =
                publicGet("/xep-hang/2025").andReturn().getResponse().getContentAsString();
        String english =
                publicGet("/xep-hang/2025?lang=en").andReturn().getResponse().getContentAsString();
        assertThat(vietnamese)
                .containsPattern(scoreCell.formatted(","))
                .doesNotContainPattern(scoreCell.formatted("\\."));
        assertThat(english).containsPattern(scoreCell.formatted("\\.")).doesNotContainPattern(scoreCell.formatted(","));
    }
}
