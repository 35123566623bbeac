package vn.khien.registers.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.khien.registers.application.EvidenceUpload;
import vn.khien.registers.application.RegisterEvidence;
import vn.khien.shared.web.Downloads;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Register evidence", description = "Evidence files of attestations and IT-plan exceptions")
class RegisterEvidenceRestController {

    private final RegisterEvidence files;

    RegisterEvidenceRestController(RegisterEvidence files) {
        this.files = files;
    }

    /** The reference of a stored file; download it from {@code /api/v1/registers/evidence/{ref}}. */
    record FileResponse(UUID ref) {}

    @PostMapping(path = "/attestations/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Adds an evidence file (PDF, DOCX, XLSX, PNG, JPEG) to an attestation not yet decided")
    ResponseEntity<FileResponse> attestation(@PathVariable long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        try (var in = file.getInputStream()) {
            return created(files.attachToAttestation(id, new EvidenceUpload(file.getOriginalFilename(), in)));
        }
    }

    @PostMapping(path = "/it-plans/{id}/exception/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Adds an evidence file to an IT plan's declared exception")
    ResponseEntity<FileResponse> exception(@PathVariable long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        try (var in = file.getInputStream()) {
            return created(files.attachToException(id, new EvidenceUpload(file.getOriginalFilename(), in)));
        }
    }

    /** Access is checked on every download; the reference is random and grants nothing by itself. */
    @GetMapping("/registers/evidence/{ref}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable UUID ref) {
        var file = files.download(ref);
        return Downloads.stream(file.fileName(), MediaType.parseMediaType(file.mediaType()), out -> {
            try (var in = file.content().get()) {
                in.transferTo(out);
            }
        });
    }

    private static ResponseEntity<FileResponse> created(UUID ref) {
        return ResponseEntity.created(URI.create("/api/v1/registers/evidence/" + ref))
                .body(new FileResponse(ref));
    }
}
