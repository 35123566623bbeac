package vn.khien.scoring.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.scoring.application.AnswerEvidence;
import vn.khien.scoring.application.SubmissionManagement;
import vn.khien.shared.web.Downloads;
import vn.khien.shared.web.PageActions;

/** Evidence of an agency's answers on its scorecard: attach a file, download one, ask for more. */
@Controller
@RequestMapping("/scoring/campaigns/{id}/agencies/{agencyCode}")
class EvidencePageController {

    private final AnswerEvidence evidence;
    private final SubmissionManagement submissions;

    EvidencePageController(AnswerEvidence evidence, SubmissionManagement submissions) {
        this.evidence = evidence;
        this.submissions = submissions;
    }

    @PostMapping("/evidence")
    String attach(
            @PathVariable long id,
            @PathVariable String agencyCode,
            @RequestParam String criterionCode,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) {
        return PageActions.perform(
                ScorecardPageController.page(id, agencyCode) + "#criterion-" + criterionCode,
                redirect,
                "scoring.notice.evidence-added",
                () -> {
                    try (var in = file.getInputStream()) {
                        evidence.attach(id, agencyCode, criterionCode, file.getOriginalFilename(), in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Access is checked again on every download; the random reference alone grants nothing. */
    @GetMapping("/evidence/{ref}")
    ResponseEntity<StreamingResponseBody> download(
            @PathVariable long id, @PathVariable String agencyCode, @PathVariable UUID ref) {
        var file = evidence.download(id, agencyCode, ref);
        return Downloads.stream(file.fileName(), file.mediaType(), file.content());
    }

    @PostMapping("/evidence/{ref}/delete")
    String remove(
            @PathVariable long id,
            @PathVariable String agencyCode,
            @PathVariable UUID ref,
            @RequestParam(required = false) String criterionCode,
            RedirectAttributes redirect) {
        return PageActions.perform(
                ScorecardPageController.page(id, agencyCode)
                        + (criterionCode == null ? "" : "#criterion-" + criterionCode),
                redirect,
                "scoring.notice.evidence-removed",
                () -> evidence.remove(id, agencyCode, ref));
    }

    @PostMapping("/evidence-requests")
    String request(
            @PathVariable long id,
            @PathVariable String agencyCode,
            @RequestParam String criterionCode,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return PageActions.perform(
                ScorecardPageController.page(id, agencyCode) + "#criterion-" + criterionCode,
                redirect,
                "scoring.notice.evidence-requested",
                () -> submissions.requestEvidence(id, agencyCode, criterionCode, note));
    }
}
