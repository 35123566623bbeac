package vn.khien.registers.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
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
import vn.khien.registers.application.EvidenceUpload;
import vn.khien.registers.application.RegisterEvidence;
import vn.khien.registers.application.TelecomMeasureFilter;
import vn.khien.registers.application.TelecomMeasureQueries;
import vn.khien.registers.application.TelecomMeasureRow;
import vn.khien.registers.application.TelecomMeasures;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1/telecom-measures")
@Tag(name = "Telecom measures", description = "Telecom operators' child-online-protection technical measures")
class TelecomMeasureRestController {

    private final TelecomMeasures management;
    private final TelecomMeasureQueries queries;
    private final RegisterEvidence files;

    TelecomMeasureRestController(TelecomMeasures management, TelecomMeasureQueries queries, RegisterEvidence files) {
        this.management = management;
        this.queries = queries;
        this.files = files;
    }

    @GetMapping
    PageResponse<TelecomMeasureRow> list(
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(new TelecomMeasureFilter(agency, q), Paging.of(page, size));
    }

    @PostMapping
    @Operation(summary = "Records a measure of a telecom operator (other agencies are refused with 400)")
    ResponseEntity<TelecomMeasureRow> record(@RequestBody Requests.TelecomMeasureRequest request) {
        long id = management.record(request.toData(), null);
        return ResponseEntity.created(URI.create("/api/v1/telecom-measures/" + id))
                .body(queries.detail(id));
    }

    @GetMapping("/{id}")
    TelecomMeasureRow measure(@PathVariable long id) {
        return queries.detail(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revises a measure; its operator stays the same")
    TelecomMeasureRow revise(@PathVariable long id, @RequestBody Requests.TelecomMeasureRequest request) {
        management.revise(id, request.toData(), null);
        return queries.detail(id);
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Adds an evidence file (PDF, DOCX, XLSX, PNG, JPEG) to a measure")
    ResponseEntity<TelecomMeasureRow> evidence(@PathVariable long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        try (var in = file.getInputStream()) {
            files.attachToMeasure(id, new EvidenceUpload(file.getOriginalFilename(), in));
        }
        return ResponseEntity.created(URI.create("/api/v1/telecom-measures/" + id))
                .body(queries.detail(id));
    }
}
