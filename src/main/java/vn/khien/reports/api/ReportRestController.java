package vn.khien.reports.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.khien.reports.ReportKind;
import vn.khien.reports.ReportStatus;
import vn.khien.reports.application.DocumentLine;
import vn.khien.reports.application.ReportDownloads;
import vn.khien.reports.application.ReportFilter;
import vn.khien.reports.application.ReportLine;
import vn.khien.reports.application.ReportManagement;
import vn.khien.reports.application.ReportQueries;
import vn.khien.reports.application.ReportView;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;
import vn.khien.shared.web.Downloads;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "The agency's annual report and the coordinator's reports to the ministry")
class ReportRestController {

    private final ReportManagement management;
    private final ReportQueries queries;
    private final ReportDownloads downloads;

    ReportRestController(ReportManagement management, ReportQueries queries, ReportDownloads downloads) {
        this.management = management;
        this.queries = queries;
        this.downloads = downloads;
    }

    @GetMapping
    @Operation(summary = "The latest version of each report the caller may see, filtered and paged")
    PageResponse<ReportLine> list(
            @RequestParam(required = false) ReportKind kind,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(new ReportFilter(kind, agency, year, status, null), Paging.of(page, size));
    }

    @PostMapping
    @Operation(summary = "Opens the draft of a report (AGENCY_ANNUAL with agencyCode, or a provincial kind)")
    ResponseEntity<ReportView> create(@RequestBody ReportRequests.CreateRequest request) {
        ReportView created = management.create(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/reports/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    ReportView report(@PathVariable long id) {
        return downloads.view(id);
    }

    @PutMapping("/{id}/narrative")
    @Operation(summary = "Writes the narrative sections (and the cut-off date) of a draft")
    ReportView narrative(@PathVariable long id, @RequestBody ReportRequests.NarrativeRequest request) {
        return management.edit(id, request.toCommand());
    }

    @PostMapping("/{id}/approve")
    ReportView approve(@PathVariable long id) {
        return management.approve(id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submits an approved version: frozen, documents kept, reporting obligation met")
    ReportView submit(@PathVariable long id, @RequestBody(required = false) ReportRequests.SubmitRequest request) {
        return management.submit(id, request == null ? null : request.number());
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "The coordinator returns an agency's submitted report with comments")
    ReportView giveBack(@PathVariable long id, @RequestBody ReportRequests.ReasonRequest request) {
        return management.giveBack(id, request.reason());
    }

    @PostMapping("/{id}/corrections")
    @Operation(summary = "A new version of a submitted or returned report, with the reason")
    ResponseEntity<ReportView> correct(@PathVariable long id, @RequestBody ReportRequests.ReasonRequest request) {
        ReportView next = management.correct(id, request.reason());
        return ResponseEntity.created(URI.create("/api/v1/reports/" + next.id()))
                .body(next);
    }

    @GetMapping("/{id}/documents")
    List<DocumentLine> documents(@PathVariable long id) {
        return downloads.documents(id);
    }

    @GetMapping("/{id}/document")
    @Operation(summary = "The report as PDF, DOCX or XLSX (appendices); a submitted version's as kept")
    ResponseEntity<StreamingResponseBody> document(
            @PathVariable long id, @RequestParam(defaultValue = "pdf") String format) {
        var download = downloads.generated(id, format);
        return Downloads.stream(download.fileName(), download.mediaType(), () -> downloads.open(download));
    }

    @PostMapping(value = "/{id}/signed", consumes = "multipart/form-data")
    @Operation(summary = "The agency's digitally signed PDF of a submitted version, kept with its hash")
    ResponseEntity<DocumentLine> uploadSigned(@PathVariable long id, @RequestParam("file") MultipartFile file)
            throws java.io.IOException {
        try (var in = file.getInputStream()) {
            return ResponseEntity.status(201).body(downloads.uploadSigned(id, in, file.getOriginalFilename()));
        }
    }

    @GetMapping("/{id}/signed")
    ResponseEntity<StreamingResponseBody> signed(@PathVariable long id) {
        var download = downloads.signed(id);
        return Downloads.stream(download.fileName(), download.mediaType(), () -> downloads.open(download));
    }
}
