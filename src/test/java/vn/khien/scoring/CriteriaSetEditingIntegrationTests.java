package vn.khien.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SessionCookie;

/** The coordinator's criteria set pages: list, edit a draft, copy; frozen versions read-only; others 403. */
@KhienIntegrationTest
class CriteriaSetEditingIntegrationTests extends ScoringTestSupport {

    /** The test set as the edit form posts it, with one criterion changed as given. */
    static Map<String, String> formOf(String titleVi, String maxPoints, String topGrade) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("titleVi", titleVi);
        f.put("titleEn", "Test set");
        f.put("yearFrom", "2000");
        f.put("yearTo", "2100");
        f.put("kinds", "PROVINCIAL_DEPARTMENT");
        f.put("groups[0].code", "1");
        f.put("groups[0].titleVi", "Nhóm");
        f.put("groups[0].titleEn", "Group");
        criterion(f, 0, "1.1", "4", "AUTOMATIC", "FOCAL_POINTS_CURRENT", "YES_NO");
        criterion(f, 1, "1.2", maxPoints, "SELF_ASSESSED", "", "YES_NO");
        f.put("grades[0].code", "A");
        f.put("grades[0].titleVi", "Tốt");
        f.put("grades[0].titleEn", "Good");
        f.put("grades[0].minPoints", topGrade);
        f.put("grades[1].code", "B");
        f.put("grades[1].titleVi", "Yếu");
        f.put("grades[1].titleEn", "Weak");
        f.put("grades[1].minPoints", "0");
        return f;
    }

    private static void criterion(
            Map<String, String> f, int i, String code, String max, String method, String formula, String answer) {
        String p = "groups[0].criteria[" + i + "].";
        f.put(p + "code", code);
        f.put(p + "titleVi", "Tiêu chí " + code);
        f.put(p + "titleEn", "Criterion " + code);
        f.put(p + "maxPoints", max);
        f.put(p + "method", method);
        f.put(p + "formula", formula);
        f.put(p + "ifNothingToCount", "FULL");
        f.put(p + "answerType", answer);
    }

    ResultActions postForm(String user, String path, Map<String, String> fields, String language) throws Exception {
        var request = form(user, path).with(SessionCookie.speaking(mvc, language));
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    @Test
    void theCoordinatorEditsADraftWhichIsStoredAndAudited() throws Exception {
        String code = storeSet();
        getAs(COORDINATOR, "/scoring/criteria-sets").andExpect(content().string(containsString(code)));
        getAs(COORDINATOR, "/scoring/criteria-sets/" + code + "/1")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quy chế")));

        postForm(COORDINATOR, "/scoring/criteria-sets/" + code + "/1", formOf("Bộ đã sửa", "6,5", "8"), "vi")
                .andExpect(redirectedUrl("/scoring/criteria-sets/" + code + "/1"));

        getAs(COORDINATOR, "/api/v1/scoring/criteria-sets/" + code + "/1")
                .andExpect(jsonPath("$.title").value("Bộ đã sửa"))
                .andExpect(jsonPath("$.maxPoints").value(10.5));
        assertThat(audited("scoring-criteria-set", code + "/1"))
                .containsExactly("scoring.criteria-set.stored", "scoring.criteria-set.stored");
    }

    @Test
    void aBadDraftComesBackWithTheMessagesInTheUsersLanguageAndNothingStored() throws Exception {
        String code = storeSet();
        Map<String, String> bad = formOf("", "0", "80");
        bad.put("groups[0].criteria[1].code", "1.1");

        postForm(COORDINATOR, "/scoring/criteria-sets/" + code + "/1", bad, "vi")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã 1.1 đã dùng ở trên")))
                .andExpect(content().string(containsString("Phải lớn hơn 0")))
                .andExpect(content().string(containsString("Chưa nhập")));
        postForm(COORDINATOR, "/scoring/criteria-sets/" + code + "/1", formOf("Bộ", "6", "80"), "en")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The highest grade needs more than the criteria")));

        getAs(COORDINATOR, "/api/v1/scoring/criteria-sets/" + code + "/1")
                .andExpect(jsonPath("$.title").value("Bộ tiêu chí thử"));
    }

    @Test
    void aCriterionCountingTheObligationsOfAnUnknownRuleIsRefusedOnItsFieldAndKnownRulesAreKept() throws Exception {
        String code = storeSet();
        Map<String, String> f = formOf("Bộ", "6", "8");
        f.put("groups[0].criteria[0].formula", "OBLIGATIONS_MET_ON_TIME");
        f.put("groups[0].criteria[0].rules", "ct14.signing-credentials, ct14.no-such-rule");
        postForm(COORDINATOR, "/scoring/criteria-sets/" + code + "/1", f, "vi")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có quy tắc nào mang mã này")))
                .andExpect(content().string(containsString("ct14.no-such-rule")));
        f.put("groups[0].criteria[0].rules", "x; DROP");
        postForm(COORDINATOR, "/scoring/criteria-sets/" + code + "/1", f, "en")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not a rule id or named twice")));
        getAs(COORDINATOR, "/api/v1/scoring/criteria-sets/" + code + "/1")
                .andExpect(jsonPath("$.title").value("Bộ tiêu chí thử"));

        f.put("groups[0].criteria[0].rules", "ct14.signing-credentials law116.*");
        postForm(COORDINATOR, "/scoring/criteria-sets/" + code + "/1", f, "vi")
                .andExpect(redirectedUrl("/scoring/criteria-sets/" + code + "/1"));
        getAs(COORDINATOR, "/scoring/criteria-sets/" + code + "/1")
                .andExpect(content().string(containsString("ct14.signing-credentials, law116.*")));
    }

    @Test
    void theAddAndRemoveButtonsChangeTheFormWithoutSaving() throws Exception {
        String code = storeSet();
        Map<String, String> f = formOf("Bộ", "6", "8");
        f.put("op", "add-criterion:0");
        postForm(COORDINATOR, "/scoring/criteria-sets/" + code + "/1", f, "vi")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("groups[0].criteria[2].code")));
        f.put("op", "remove-grade:0");
        postForm(COORDINATOR, "/scoring/criteria-sets/" + code + "/1", f, "vi")
                .andExpect(content().string(not(containsString("grades[1].code"))));
        getAs(COORDINATOR, "/api/v1/scoring/criteria-sets/" + code + "/1")
                .andExpect(jsonPath("$.grades.length()").value(2));
    }

    @Test
    void aVersionUsedByACampaignIsReadOnlyAndIsCopiedIntoTheNextVersion() throws Exception {
        long id = campaign(2009);
        String code = getAs(COORDINATOR, path(id))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*\"setCode\":\"([^\"]+)\".*", "$1");
        getAs(COORDINATOR, "/scoring/criteria-sets/" + code + "/1")
                .andExpect(content().string(containsString("id=\"frozen-note\"")))
                .andExpect(content().string(not(containsString("id=\"save-set\""))));
        postForm(COORDINATOR, "/scoring/criteria-sets/" + code + "/1", formOf("Bộ", "6", "8"), "vi")
                .andExpect(content().string(containsString("đã được dùng cho một đợt đánh giá")));

        mvc.perform(form(COORDINATOR, "/scoring/criteria-sets/" + code + "/1/copy")
                        .param("year", "1950"))
                .andExpect(redirectedUrl("/scoring/criteria-sets"))
                .andExpect(flash().attribute("problem", "scoring.sets.copy-year-invalid"));
        mvc.perform(form(COORDINATOR, "/scoring/criteria-sets/" + code + "/1/copy")
                        .param("year", "2015"))
                .andExpect(redirectedUrl("/scoring/criteria-sets/" + code + "/2"));
        getAs(COORDINATOR, "/api/v1/scoring/criteria-sets/" + code + "/2")
                .andExpect(jsonPath("$.yearFrom").value(2015))
                .andExpect(jsonPath("$.frozen").value(false));
    }

    @Test
    void aCodeWithSpacesAndSlashesIsAddressedEncoded() throws Exception {
        String code = "Bộ " + uniqueCode("T").replace(".", "") + "/x";
        mvc.perform(post("/api/v1/scoring/criteria-sets")
                        .with(as(COORDINATOR))
                        .contentType(MediaType.parseMediaType("application/yaml"))
                        .content(setYaml(code, 1)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/B%E1%BB%99%20")))
                .andExpect(header().string("Location", containsString("%2Fx/1")));
    }

    @Test
    void onlyTheCoordinatorReachesTheSetPages() throws Exception {
        String code = storeSet();
        for (String user : new String[] {OFFICER, HEAD, OBSERVER, ASSESSOR}) {
            getAs(user, "/scoring/criteria-sets").andExpect(status().isForbidden());
            getAs(user, "/scoring/criteria-sets/" + code + "/1").andExpect(status().isForbidden());
            postForm(user, "/scoring/criteria-sets/" + code + "/1", formOf("x", "6", "8"), "vi")
                    .andExpect(status().isForbidden());
            mvc.perform(form(user, "/scoring/criteria-sets/" + code + "/1/copy").param("year", "2030"))
                    .andExpect(status().isForbidden());
        }
        getAs(COORDINATOR, "/scoring/criteria-sets/" + code + "/9").andExpect(status().isNotFound());
    }
}
