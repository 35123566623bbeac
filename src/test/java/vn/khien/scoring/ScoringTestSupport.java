package vn.khien.scoring;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.Today;
import vn.khien.systems.SystemsTestSupport;

/**
 * Scoring tests run on a small set of their own (stored through the API, a code per test) for years no
 * other test uses, so each test owns its campaign and its published year. The set ranks provincial
 * departments on two criteria: focal points in office (automatic, 4 points) and a yes/no (6 points).
 */
abstract class ScoringTestSupport extends SystemsTestSupport {

    static final String COORDINATOR = "dieuphoi";
    static final String OFFICER = "canbo.sonv"; // H57.02
    static final String OTHER_OFFICER = "canbo.syt"; // H57.10
    static final String HEAD = "giamdoc.sonv"; // H57.02, read only
    static final String ASSESSOR = "danhgia";
    static final String PROVIDER = "giamsat";
    static final String OBSERVER = "congan";
    static final String AGENCY = "H57.02";
    static final String OTHER_AGENCY = "H57.10";

    static String setYaml(String code, int version) {
        return """
                code: "%s"
                version: %d
                title: {vi: "Bộ tiêu chí thử", en: "Test set"}
                years: {from: 2000, to: 2100}
                agencyKinds: [PROVINCIAL_DEPARTMENT]
                grades:
                  - {code: "A", minPoints: 8, title: {vi: "Tốt", en: "Good"}}
                  - {code: "B", minPoints: 0, title: {vi: "Yếu", en: "Weak"}}
                groups:
                  - code: "1"
                    title: {vi: "Nhóm", en: "Group"}
                    criteria:
                      - {code: "1.1", title: {vi: "Đầu mối", en: "Focal points"}, maxPoints: 4, method: AUTOMATIC, formula: FOCAL_POINTS_CURRENT}
                      - {code: "1.2", title: {vi: "Quy chế", en: "Regulation"}, maxPoints: 6, method: SELF_ASSESSED, answer: {type: YES_NO}}
                """.formatted(code, version);
    }

    String storeSet() throws Exception {
        String code = uniqueCode("T").replace(".", "");
        mvc.perform(post("/api/v1/scoring/criteria-sets")
                        .with(as(COORDINATOR))
                        .contentType(MediaType.parseMediaType("application/yaml"))
                        .content(setYaml(code, 1)))
                .andExpect(status().isCreated());
        return code;
    }

    /** A campaign of the year with a fresh set, cut off on 31/12 of that year. */
    long campaign(int year) throws Exception {
        String set = storeSet();
        String json = postJson(COORDINATOR, "/api/v1/scoring/campaigns", """
                        {"year":%d,"setCode":"%s","title":"Đánh giá thử %d"}""".formatted(year, set, year))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    long campaignInSelfAssessment(int year) throws Exception {
        long id = campaign(year);
        postJson(COORDINATOR, path(id) + "/open", "{\"closesOn\":\"" + Today.inVietnam() + "\"}")
                .andExpect(status().isOk());
        return id;
    }

    /**
     * A campaign in self-assessment that is cancelled after the test, so that it does not crowd the
     * officers' to-do lists (five lines, the closest closing date first) that other tests read.
     */
    long ownCampaignInSelfAssessment(int year) throws Exception {
        long id = campaignInSelfAssessment(year);
        ownCampaigns.add(id);
        return id;
    }

    @AfterEach
    void cancelOwnCampaigns() throws Exception {
        for (long id : ownCampaigns) {
            postJson(COORDINATOR, path(id) + "/cancel", "{}");
        }
        ownCampaigns.clear();
    }

    private final List<Long> ownCampaigns = new java.util.ArrayList<>();

    ResultActions submit(String username, long id, String agency, String answers) throws Exception {
        return mvc.perform(put(path(id) + "/agencies/" + agency + "/submission")
                .with(as(username))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\":" + answers + "}"));
    }

    void closeAndPublish(long id) throws Exception {
        postJson(COORDINATOR, path(id) + "/close", "{}").andExpect(status().isOk());
        postJson(COORDINATOR, path(id) + "/publish", "{}").andExpect(status().isOk());
    }

    ResultActions publicGet(String path) throws Exception {
        return mvc.perform(get(path));
    }

    static String path(long id) {
        return "/api/v1/scoring/campaigns/" + id;
    }

    List<String> audited(String objectType, String objectId) {
        return jdbc.sql("SELECT action FROM audit.audit_record WHERE object_type = ? AND object_id = ? ORDER BY seq")
                .param(objectType)
                .param(objectId)
                .query(String.class)
                .list();
    }
}
