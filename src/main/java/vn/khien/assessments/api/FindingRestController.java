package vn.khien.assessments.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.khien.assessments.FindingStatus;
import vn.khien.assessments.Severity;
import vn.khien.assessments.api.AssessmentRequests.FileResponse;
import vn.khien.assessments.api.AssessmentRequests.FixRequest;
import vn.khien.assessments.api.AssessmentRequests.RemediationRequest;
import vn.khien.assessments.api.AssessmentRequests.RiskRequest;
import vn.khien.assessments.api.AssessmentRequests.VerifyRequest;
import vn.khien.assessments.application.EvidenceFiles;
import vn.khien.assessments.application.FindingExport;
import vn.khien.assessments.application.FindingFilter;
import vn.khien.assessments.application.FindingManagement;
import vn.khien.assessments.application.FindingQueries;
import vn.khien.assessments.application.FindingRow;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;
import vn.khien.shared.web.Downloads;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Findings", description = "Findings across assessments and campaigns, their remediation and evidence")
class FindingRestController {

    private final java.time.Clock clock;
    private final FindingManagement management;
    private final FindingQueries queries;
    private final FindingExport export;
    private final EvidenceFiles evidence;

    FindingRestController(
            FindingManagement management,
            FindingQueries queries,
            FindingExport export,
            EvidenceFiles evidence,
            java.time.Clock clock) {
        this.clock = clock;
        this.management = management;
        this.queries = queries;
        this.export = export;
        this.evidence = evidence;
    }

    @GetMapping("/findings")
    PageResponse<FindingRow> list(
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String system,
            @RequestParam(required = false) Severity severity,
            @RequestParam(required = false) FindingStatus status,
            @RequestParam(required = false) UUID campaign,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(
                new FindingFilter(agency, system, severity, status, null, campaign, overdue), Paging.of(page, size));
    }

    @GetMapping("/findings/export")
    @Operation(summary = "The filtered findings as an XLSX workbook")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) Severity severity,
            @RequestParam(required = false) FindingStatus status,
            @RequestParam(required = false) UUID campaign) {
        var filter = new FindingFilter(agency, null, severity, status, null, campaign, null);
        return Downloads.export(export.title(), LocalDate.now(clock), "xlsx", export.findings(filter));
    }

    @GetMapping("/findings/{id}")
    FindingRow one(@PathVariable UUID id) {
        return queries.one(id);
    }

    @PostMapping("/findings/{id}/remediation")
    FindingRow remediation(@PathVariable UUID id, @RequestBody RemediationRequest r) {
        management.planRemediation(id, r.owner(), r.plan(), r.dueOn());
        return queries.one(id);
    }

    @PostMapping("/findings/{id}/fixed")
    FindingRow fixed(@PathVariable UUID id, @RequestBody FixRequest r) {
        management.claimFixed(id, r.note());
        return queries.one(id);
    }

    @PostMapping("/findings/{id}/verify")
    @Operation(summary = "The assessor or coordinator confirms the fix (fixed=true) or sends it back with a reason")
    FindingRow verify(@PathVariable UUID id, @RequestBody VerifyRequest r) {
        management.verify(id, r.fixed() == null || r.fixed(), r.reason());
        return queries.one(id);
    }

    @PostMapping("/findings/{id}/risk-acceptance")
    @Operation(summary = "The agency head accepts the risk until a date")
    FindingRow acceptRisk(@PathVariable UUID id, @RequestBody RiskRequest r) {
        management.acceptRisk(id, r.reason(), r.until());
        return queries.one(id);
    }

    @PostMapping(path = "/findings/{id}/evidence", consumes = "multipart/form-data")
    ResponseEntity<FileResponse> attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file)
            throws IOException {
        try (var in = file.getInputStream()) {
            UUID ref = evidence.attachToFinding(id, file.getOriginalFilename(), in);
            return ResponseEntity.created(URI.create("/api/v1/evidence/" + ref)).body(new FileResponse(ref));
        }
    }

    /** Access is checked on every download; the reference is random and grants nothing by itself. */
    @GetMapping("/evidence/{ref}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable UUID ref) {
        var file = evidence.download(ref);
        return Downloads.stream(file.fileName(), MediaType.parseMediaType(file.mediaType()), out -> {
            try (var in = file.content().get()) {
                in.transferTo(out);
            }
        });
    }
}
