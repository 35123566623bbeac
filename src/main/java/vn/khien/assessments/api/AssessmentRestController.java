package vn.khien.assessments.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.khien.assessments.AssessmentStatus;
import vn.khien.assessments.NewFinding;
import vn.khien.assessments.api.AssessmentRequests.AssessmentRequest;
import vn.khien.assessments.api.AssessmentRequests.CommentRequest;
import vn.khien.assessments.api.AssessmentRequests.CompleteRequest;
import vn.khien.assessments.api.AssessmentRequests.FileResponse;
import vn.khien.assessments.api.AssessmentRequests.ReasonRequest;
import vn.khien.assessments.application.AssessmentFilter;
import vn.khien.assessments.application.AssessmentManagement;
import vn.khien.assessments.application.AssessmentQueries;
import vn.khien.assessments.application.AssessmentRow;
import vn.khien.assessments.application.EvidenceFiles;
import vn.khien.assessments.application.FindingFilter;
import vn.khien.assessments.application.FindingManagement;
import vn.khien.assessments.application.FindingQueries;
import vn.khien.assessments.application.FindingRow;
import vn.khien.assessments.application.NewAssessment;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Assessments", description = "Plan, carry out and complete assessments; record their findings")
class AssessmentRestController {

    private final AssessmentManagement management;
    private final AssessmentQueries queries;
    private final FindingManagement findings;
    private final FindingQueries findingQueries;
    private final EvidenceFiles evidence;

    AssessmentRestController(
            AssessmentManagement management,
            AssessmentQueries queries,
            FindingManagement findings,
            FindingQueries findingQueries,
            EvidenceFiles evidence) {
        this.management = management;
        this.queries = queries;
        this.findings = findings;
        this.findingQueries = findingQueries;
        this.evidence = evidence;
    }

    @GetMapping
    PageResponse<AssessmentRow> list(
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String assessor,
            @RequestParam(required = false) AssessmentStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(new AssessmentFilter(agency, assessor, status, year), Paging.of(page, size));
    }

    @PostMapping
    @Operation(summary = "Plan an assessment of one agency's systems")
    ResponseEntity<AssessmentRow> create(@RequestBody AssessmentRequest r) {
        UUID id = management.plan(new NewAssessment(
                r.systemCodes(),
                r.assessorCode(),
                r.kind(),
                r.scope(),
                r.periodic() == null || r.periodic(),
                r.requestedBy(),
                r.team(),
                r.plannedStart(),
                r.plannedEnd(),
                null));
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + id)).body(queries.one(id));
    }

    @GetMapping("/{id}")
    AssessmentRow one(@PathVariable UUID id) {
        return queries.one(id);
    }

    @PostMapping("/{id}/start")
    @Operation(
            summary = "Start the work; refused when the assessor serves a system in scope or, for level 3+ systems,"
                    + " holds no assessment licence, public service function or designation (unless excepted)")
    AssessmentRow start(@PathVariable UUID id) {
        management.start(id);
        return queries.one(id);
    }

    @PostMapping("/{id}/independence-exception")
    @Operation(summary = "The coordinator lets a dependent assessor go ahead, with a reason (audited)")
    AssessmentRow exception(@PathVariable UUID id, @RequestBody ReasonRequest r) {
        management.allowDespiteDependence(id, r.reason());
        return queries.one(id);
    }

    @PostMapping("/{id}/qualification-exception")
    @Operation(summary = "The coordinator lets an assessor that is not qualified go ahead, with a reason (audited)")
    AssessmentRow qualificationException(@PathVariable UUID id, @RequestBody ReasonRequest r) {
        management.allowUnqualified(id, r.reason());
        return queries.one(id);
    }

    @PostMapping("/{id}/draft-report")
    AssessmentRow draftReport(@PathVariable UUID id) {
        management.draftReport(id);
        return queries.one(id);
    }

    @PostMapping("/{id}/comment")
    AssessmentRow comment(@PathVariable UUID id, @RequestBody CommentRequest r) {
        management.comment(id, r.comment());
        return queries.one(id);
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Record the completion from any non-final state (assessments done outside the platform)")
    AssessmentRow complete(@PathVariable UUID id, @RequestBody(required = false) CompleteRequest r) {
        management.complete(id, r == null ? null : r.completedOn(), true);
        return queries.one(id);
    }

    @PostMapping("/{id}/cancel")
    AssessmentRow cancel(@PathVariable UUID id, @RequestBody ReasonRequest r) {
        management.cancel(id, r.reason());
        return queries.one(id);
    }

    @PostMapping(path = "/{id}/reports", consumes = "multipart/form-data")
    ResponseEntity<FileResponse> report(@PathVariable UUID id, @RequestParam("file") MultipartFile file)
            throws IOException {
        try (var in = file.getInputStream()) {
            UUID ref = evidence.attachReport(id, file.getOriginalFilename(), in);
            return ResponseEntity.created(URI.create("/api/v1/evidence/" + ref)).body(new FileResponse(ref));
        }
    }

    @GetMapping("/{id}/findings")
    PageResponse<FindingRow> findings(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        queries.one(id); // 404 for an assessment the user may not see, even without findings
        return findingQueries.list(FindingFilter.ofAssessment(id), Paging.of(page, size));
    }

    @PostMapping("/{id}/findings")
    ResponseEntity<FindingRow> raise(@PathVariable UUID id, @RequestBody NewFinding r) {
        UUID finding = findings.raise(id, r);
        return ResponseEntity.created(URI.create("/api/v1/findings/" + finding)).body(findingQueries.one(finding));
    }
}
