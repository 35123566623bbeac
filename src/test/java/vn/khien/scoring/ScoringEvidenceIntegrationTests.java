package vn.khien.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.KhienIntegrationTest;

/**
 * Evidence of self-assessed answers: attached by the agency, downloaded by the agency and the
 * coordinator only, asked for again by the coordinator during verification and answered by resubmitting.
 */
@KhienIntegrationTest
class ScoringEvidenceIntegrationTests extends ScoringTestSupport {

    static final String ASKED_2005 = "bổ sung minh chứng cho tự đánh giá năm 2005";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void anOfficerAttachesAFileThatOnlyItsAgencyAndTheCoordinatorDownload() throws Exception {
        long id = ownCampaignInSelfAssessment(2003);
        attach(OFFICER, id, "1.2", "quy-che.pdf", PDF)
                .andExpect(flash().attribute("notice", "scoring.notice.evidence-added"));
        String ref = ref(id);
        String download = page(id, AGENCY) + "/evidence/" + ref;
        for (String user : new String[] {OFFICER, HEAD, COORDINATOR}) {
            var started = getAs(user, download).andExpect(status().isOk()).andReturn();
            mvc.perform(asyncDispatch(started)).andExpect(content().bytes(PDF));
        }
        getAs(OTHER_OFFICER, download).andExpect(status().isNotFound());
        getAs(OBSERVER, download).andExpect(status().isNotFound());
        getAs(ASSESSOR, download).andExpect(status().isForbidden());
        getAs(COORDINATOR, page(id, OTHER_AGENCY) + "/evidence/" + ref).andExpect(status().isNotFound());
        mvc.perform(get(download)).andExpect(status().is3xxRedirection());
        getAs(OFFICER, page(id, AGENCY)).andExpect(content().string(Matchers.containsString("quy-che.pdf")));
        getAs(OBSERVER, page(id, AGENCY))
                .andExpect(content().string(Matchers.not(Matchers.containsString("quy-che.pdf"))));
        assertThat(audited("scoring-submission", id + "/" + AGENCY)).contains("scoring.submission.evidence-added");
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysOrAnotherAgencysUploadIsRefused() throws Exception {
        long id = ownCampaignInSelfAssessment(2004);
        attach(OFFICER, id, "1.2", "quy-che.pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8))
                .andExpect(flash().attribute("problem", "files.problem.wrong-type"));
        attach(OFFICER, id, "1.1", "quy-che.pdf", PDF)
                .andExpect(flash().attribute("problem", "scoring.answer.unknown-criterion"));
        attach(OTHER_OFFICER, id, "1.2", "quy-che.pdf", PDF).andExpect(status().isNotFound());
        attach(HEAD, id, "1.2", "quy-che.pdf", PDF).andExpect(status().isForbidden());
        assertThat(files(id)).isZero();
    }

    @Test
    void theCoordinatorAsksForMoreEvidenceAndTheAgencyAnswersByAttachingAndResubmitting() throws Exception {
        long id = ownCampaignInSelfAssessment(2005);
        submit(OFFICER, id, AGENCY, "{\"1.2\":\"NO\"}").andExpect(status().isOk());
        postJson(COORDINATOR, path(id) + "/close", "{}").andExpect(status().isOk());
        attach(OFFICER, id, "1.2", "quy-che.pdf", PDF)
                .andExpect(flash().attribute("problem", "scoring.evidence.closed"));
        submit(OFFICER, id, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isConflict());

        ask(OFFICER, id, "1.2", "Gửi quyết định ban hành quy chế").andExpect(status().isForbidden());
        ask(COORDINATOR, id, "1.2", " ").andExpect(flash().attribute("problem", "scoring.evidence.note-required"));
        ask(COORDINATOR, id, "1.2", "Gửi quyết định ban hành quy chế")
                .andExpect(flash().attribute("notice", "scoring.notice.evidence-requested"));
        assertThat(audited("scoring-submission", id + "/" + AGENCY)).contains("scoring.submission.evidence-requested");
        assertThat(jdbc.sql("SELECT text FROM notifications.notification WHERE username = ? AND link = ?")
                        .param(OFFICER)
                        .param(page(id, AGENCY))
                        .query(String.class)
                        .list())
                .containsExactly("Sở yêu cầu bổ sung minh chứng tự đánh giá năm 2005, tiêu chí 1.2");
        getAs(OFFICER, page(id, AGENCY))
                .andExpect(content().string(Matchers.containsString("Gửi quyết định ban hành quy chế")));
        getAs(OFFICER, "/").andExpect(content().string(Matchers.containsString(ASKED_2005)));

        attach(OFFICER, id, "1.2", "quyet-dinh.pdf", PDF)
                .andExpect(flash().attribute("notice", "scoring.notice.evidence-added"));
        submit(OFFICER, id, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isOk());
        assertThat(audited("scoring-submission", id + "/" + AGENCY)).contains("scoring.submission.resubmitted");
        assertThat(openRequests(id)).isZero();
        getAs(OFFICER, "/").andExpect(content().string(Matchers.not(Matchers.containsString(ASKED_2005))));
        submit(OFFICER, id, AGENCY, "{\"1.2\":\"NO\"}").andExpect(status().isConflict());
    }

    @Test
    void anOfficerRemovesAFileAttachedByMistakeWhileItMayStillAttachButNotAfterwards() throws Exception {
        long id = ownCampaignInSelfAssessment(2007);
        attach(OFFICER, id, "1.2", "nham-tep.pdf", PDF);
        String ref = ref(id);
        String remove = page(id, AGENCY) + "/evidence/" + ref + "/delete";
        getAs(OFFICER, page(id, AGENCY)).andExpect(content().string(Matchers.containsString("remove-" + ref)));
        mvc.perform(form(OTHER_OFFICER, remove)).andExpect(status().isNotFound());
        mvc.perform(form(HEAD, remove)).andExpect(status().isForbidden());
        assertThat(files(id)).isOne();

        mvc.perform(form(OFFICER, remove)).andExpect(flash().attribute("notice", "scoring.notice.evidence-removed"));
        assertThat(files(id)).isZero();
        assertThat(audited("scoring-submission", id + "/" + AGENCY)).contains("scoring.submission.evidence-removed");

        attach(OFFICER, id, "1.2", "quy-che.pdf", PDF);
        submit(OFFICER, id, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isOk());
        postJson(COORDINATOR, path(id) + "/close", "{}").andExpect(status().isOk());
        mvc.perform(form(OFFICER, page(id, AGENCY) + "/evidence/" + ref(id) + "/delete"))
                .andExpect(flash().attribute("problem", "scoring.evidence.closed"));
        mvc.perform(delete("/api/v1" + page(id, AGENCY) + "/evidence/" + ref(id))
                        .with(as(OFFICER)))
                .andExpect(status().isConflict());
        assertThat(files(id)).isOne();
    }

    @Test
    void theCoordinatorAsksOnlyAnAgencyThatSubmitted() throws Exception {
        long id = ownCampaignInSelfAssessment(2006);
        postJson(COORDINATOR, path(id) + "/close", "{}").andExpect(status().isOk());
        ask(COORDINATOR, id, "1.2", "Gửi quy chế")
                .andExpect(flash().attribute("problem", "scoring.verification.not-submitted"));
    }

    @Test
    void theApiAttachesListsAndAsksForEvidenceAndAnswersBadInputWithProblemDetails() throws Exception {
        long id = ownCampaignInSelfAssessment(2010);
        String agency = path(id) + "/agencies/" + AGENCY;
        mvc.perform(multipart(agency + "/evidence")
                        .file(new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", PDF))
                        .param("criterionCode", "1.2")
                        .with(as(OFFICER)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ref").isNotEmpty());
        mvc.perform(multipart(agency + "/evidence")
                        .file(new MockMultipartFile("file", "ke-hoach.docx", "application/pdf", PDF))
                        .param("criterionCode", "1.2")
                        .with(as(OFFICER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        getAs(OFFICER, agency + "/evidence")
                .andExpect(jsonPath("$.files['1.2'][0].fileName").value("ke-hoach.pdf"))
                .andExpect(jsonPath("$.mayAttachTo[0]").value("1.2"));
        getAs(OBSERVER, agency + "/evidence")
                .andExpect(jsonPath("$.mayDownload").value(false))
                .andExpect(jsonPath("$.files").isEmpty());
        getAs(OTHER_OFFICER, agency + "/evidence").andExpect(status().isNotFound());

        submit(OFFICER, id, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isOk());
        postJson(COORDINATOR, path(id) + "/close", "{}").andExpect(status().isOk());
        postJson(COORDINATOR, agency + "/evidence-requests", "{\"criterionCode\":\"1.2\",\"note\":\"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        postJson(OFFICER, agency + "/evidence-requests", "{\"criterionCode\":\"1.2\",\"note\":\"x\"}")
                .andExpect(status().isForbidden());
        postJson(COORDINATOR, agency + "/evidence-requests", "{\"criterionCode\":\"1.2\",\"note\":\"Gửi bản ký\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requests['1.2'].note").value("Gửi bản ký"));
        getAs(COORDINATOR, path(id) + "/board/queue")
                .andExpect(jsonPath("$.items[?(@.agencyCode == '" + AGENCY + "')].requested")
                        .value(1));
        getAs(COORDINATOR, path(id) + "/board/late")
                .andExpect(jsonPath("$.items[?(@.agencyCode == '" + OTHER_AGENCY + "')].late")
                        .value(true));
        getAs(COORDINATOR, path(id) + "/board/progress")
                .andExpect(jsonPath("$.submitted").value(1));
    }

    private ResultActions attach(String user, long id, String criterion, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart(page(id, AGENCY) + "/evidence")
                .file(new MockMultipartFile("file", name, "application/pdf", bytes))
                .param("criterionCode", criterion)
                .with(as(user)));
    }

    private ResultActions ask(String user, long id, String criterion, String note) throws Exception {
        return mvc.perform(form(user, page(id, AGENCY) + "/evidence-requests")
                .param("criterionCode", criterion)
                .param("note", note));
    }

    private static String page(long id, String agency) {
        return "/scoring/campaigns/" + id + "/agencies/" + agency;
    }

    private String ref(long id) {
        return jdbc.sql("SELECT ref FROM scoring.evidence WHERE campaign = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private long files(long id) {
        return jdbc.sql("SELECT count(*) FROM scoring.evidence WHERE campaign = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private long openRequests(long id) {
        return jdbc.sql(
                        "SELECT count(*) FROM scoring.evidence_request r JOIN scoring.submission s ON s.id = r.submission"
                                + " WHERE s.campaign = ? AND r.answered_at IS NULL")
                .param(id)
                .query(Long.class)
                .single();
    }
}
