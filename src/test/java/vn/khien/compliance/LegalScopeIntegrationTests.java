package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;

/**
 * Legal scope by owner kind, as pack data (issue 16 item 5): systems of the police and the military
 * command are outside Decision 05 and Circular 20 (Art. 1 of each) and their assessment is regulated by
 * their ministries (Decree 85 Art. 23.2.d, 23.3.d; Circular 03 Art. 1.2), while the seed's own duties for
 * them still apply.
 */
@KhienIntegrationTest
class LegalScopeIntegrationTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Autowired
    ObligationRecompute recompute;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    long count(String rule, String subject) {
        return ObligationCounts.of(jdbc, rule, subject);
    }

    @Test
    void thePoliceCameraSystemIsNotHeldToDecree85CadencesButStillToTheSeedsDuties() {
        recompute.all(DAY);
        assertThat(count("nd85.assessment-cadence", "CATP.CAMERA")).isZero();
        assertThat(count("nd85.organisation-review", "H57.16")).isZero();
        assertThat(count("nd85.assessment-cadence", "BCHQS.CHIHUY")).isZero();
        assertThat(count("ct14.assessment-level-3-4", "CATP.CAMERA")).isPositive();
        assertThat(count("ct14.assessment-level-5", "BCHQS.CHIHUY")).isPositive();
        assertThat(count("ct14.coordination-regulation", "H57.16")).isPositive();
        // Decree 85 Art. 1-2 do not exclude them: the level is still approved (appraised by their ministry)
        assertThat(count("nd85.level-approved", "CATP.CAMERA")).isPositive();
        // a civil owner keeps its organisation-wide review
        assertThat(count("nd85.organisation-review", "H57.02")).isPositive();
    }

    @Test
    void anIncidentOnAPoliceSystemOwesNoDecision05Notice() throws Exception {
        String body = mvc.perform(post("/api/v1/incidents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"systemCode":"CATP.CAMERA","detectedAt":"2026-06-20T08:30:00+07:00","type":"MALWARE",
                                 "summary":"Mã độc trên máy trạm quản lý camera","severity":"HIGH","tlp":"AMBER"}""")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String reference = JsonPath.read(body, "$.reference");
        recompute.all(LocalDate.of(2026, 6, 30));
        assertThat(jdbc.sql("SELECT count(*) FROM compliance.obligation WHERE rule_id LIKE 'qd05.%' AND item_ref = ?")
                        .param(reference)
                        .query(Long.class)
                        .single())
                .isZero();
        recompute.all(DAY);
    }
}
