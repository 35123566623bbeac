package vn.khien.incidents.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.incidents.application.SummaryReports;
import vn.khien.incidents.web.IncidentFormPageController;
import vn.khien.shared.files.FileStore;

@RestController
@RequestMapping("/api/v1/incident-summaries")
@Tag(name = "Incidents", description = "Form 05: six-monthly and annual incident summaries")
class SummaryRestController {

    private final SummaryReports summaries;
    private final FileStore files;

    SummaryRestController(SummaryReports summaries, FileStore files) {
        this.summaries = summaries;
        this.files = files;
    }

    record SummaryRequest(String agencyCode, Integer year, Boolean annual) {}

    @PostMapping
    @Operation(summary = "Generate Form 05 for an agency: annual (15 Dec–14 Dec) or first half-year (15 Dec–14 Jun)")
    ResponseEntity<Map<String, UUID>> generate(@RequestBody SummaryRequest request) {
        UUID ref = summaries.generate(
                request.agencyCode(),
                request.year() == null ? 0 : request.year(),
                Boolean.TRUE.equals(request.annual()));
        return ResponseEntity.created(URI.create("/api/v1/incident-summaries/" + ref + ".pdf"))
                .body(Map.of("ref", ref));
    }

    @GetMapping("/{ref}.{format:docx|pdf}")
    ResponseEntity<byte[]> download(@PathVariable UUID ref, @PathVariable String format) {
        boolean pdf = format.equals("pdf");
        return IncidentFormPageController.stream(files, summaries.file(ref, pdf), "mau-05-" + ref + "." + format, pdf);
    }
}
