package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.Today;

/**
 * Issue 16 item 9: {@code nd85.organisation-review} (Decree 85/2016 Art. 20.2.c, first indent: the overall
 * assessment "tổng thể trong hoạt động của cơ quan, tổ chức mình" every two years) is met only by an
 * assessment whose scope is the whole organisation, never by a scan of one of its systems.
 */
@KhienIntegrationTest
class OrganisationReviewScopeIntegrationTests {

    static final String RULE = "nd85.organisation-review";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObligationRecompute recompute;

    Map<String, Object> review(String agency) throws Exception {
        String json = mvc.perform(get("/api/v1/obligations")
                        .param("agency", agency)
                        .param("rule", RULE)
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Map<String, Object>> items = JsonPath.read(json, "$.items");
        return items.stream()
                .filter(o -> o.get("subjectCode").equals(agency))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aScanOfOneSystemDoesNotMeetTheOrganisationReviewButAWholeOrganisationAssessmentDoes() throws Exception {
        // an owner of a system in operation that no other test reviews as a whole organisation
        var owned = jdbc.sql("""
                        SELECT s.code, s.owner_code FROM systems.published_system s
                        JOIN agencies.published_agency a ON a.code = s.owner_code
                        WHERE s.status = 'IN_OPERATION' AND a.status = 'ACTIVE'
                          AND a.kind NOT IN ('PROVINCIAL_POLICE', 'MILITARY_COMMAND')
                          AND s.owner_code NOT IN ('H57.09')
                          AND NOT EXISTS (SELECT 1 FROM assessments.published_assessment_result r
                                          WHERE r.agency_code = s.owner_code AND r.scope = 'WHOLE_ORGANISATION')
                        ORDER BY s.owner_code DESC, s.code LIMIT 1""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        var assessments = new AssessmentRulesIntegrationTests.Assessments(mvc);
        var today = Today.inVietnam();

        String scan = assessments.completed(owned[0], "DG.KIEMDINH-DEMO", today.minusDays(10), "SYSTEMS");
        recompute.all(today);
        assertThat(review(owned[1]))
                .doesNotContainEntry("status", "MET")
                .doesNotContainEntry("evidence", "assessment:" + scan);

        String whole = assessments.completed(owned[0], "DG.KIEMDINH-DEMO", today.minusDays(5), "WHOLE_ORGANISATION");
        recompute.all(today);
        assertThat(review(owned[1]))
                .containsEntry("status", "MET")
                .containsEntry("evidence", "assessment:" + whole)
                .containsEntry("dueDate", today.minusDays(5).plusMonths(24).toString());
    }
}
