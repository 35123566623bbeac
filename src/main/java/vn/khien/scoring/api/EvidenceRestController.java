package vn.khien.scoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.khien.scoring.application.AnswerEvidence;
import vn.khien.scoring.application.SubmissionManagement;
import vn.khien.scoring.application.Views.EvidenceView;
import vn.khien.shared.web.Downloads;

@RestController
@RequestMapping("/api/v1/scoring/campaigns/{id}/agencies/{agencyCode}")
@Tag(name = "Scoring")
class EvidenceRestController {

    private final AnswerEvidence evidence;
    private final SubmissionManagement submissions;

    EvidenceRestController(AnswerEvidence evidence, SubmissionManagement submissions) {
        this.evidence = evidence;
        this.submissions = submissions;
    }

    record EvidenceRequestBody(String criterionCode, String note) {}

    @GetMapping("/evidence")
    @Operation(summary = "The agency's evidence files and open requests (the agency and the coordinator only)")
    EvidenceView list(@PathVariable long id, @PathVariable String agencyCode) {
        return evidence.of(id, agencyCode);
    }

    @PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attaches a file (PDF, DOCX, XLSX, PNG, JPEG) to the answer on a self-assessed criterion")
    ResponseEntity<Map<String, UUID>> attach(
            @PathVariable long id,
            @PathVariable String agencyCode,
            @RequestParam String criterionCode,
            @RequestParam("file") MultipartFile file)
            throws IOException {
        UUID ref;
        try (var in = file.getInputStream()) {
            ref = evidence.attach(id, agencyCode, criterionCode, file.getOriginalFilename(), in);
        }
        return ResponseEntity.created(
                        URI.create("/api/v1/scoring/campaigns/" + id + "/agencies/" + agencyCode + "/evidence/" + ref))
                .body(Map.of("ref", ref));
    }

    @GetMapping("/evidence/{ref}")
    ResponseEntity<StreamingResponseBody> download(
            @PathVariable long id, @PathVariable String agencyCode, @PathVariable UUID ref) {
        var file = evidence.download(id, agencyCode, ref);
        return Downloads.stream(file.fileName(), file.mediaType(), file.content());
    }

    @DeleteMapping("/evidence/{ref}")
    @Operation(
            summary =
                    "The agency removes a file attached by mistake while it may still attach files to that criterion (audited)")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable String agencyCode, @PathVariable UUID ref) {
        evidence.remove(id, agencyCode, ref);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/evidence-requests")
    @Operation(summary = "During verification the coordinator asks a submitted agency for more evidence (audited)")
    EvidenceView request(
            @PathVariable long id, @PathVariable String agencyCode, @RequestBody EvidenceRequestBody body) {
        submissions.requestEvidence(id, agencyCode, body.criterionCode(), body.note());
        return evidence.of(id, agencyCode);
    }
}
