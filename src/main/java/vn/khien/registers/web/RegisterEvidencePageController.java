package vn.khien.registers.web;

import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.khien.registers.application.RegisterEvidence;
import vn.khien.shared.web.Downloads;

/** Downloads of evidence files from the register pages. */
@Controller
class RegisterEvidencePageController {

    private final RegisterEvidence files;

    RegisterEvidencePageController(RegisterEvidence files) {
        this.files = files;
    }

    /** Access is checked again on every download; the random reference alone grants nothing. */
    @GetMapping("/registers/evidence/{ref}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable UUID ref) {
        var file = files.download(ref);
        return Downloads.stream(file.fileName(), MediaType.parseMediaType(file.mediaType()), out -> {
            try (var in = file.content().get()) {
                in.transferTo(out);
            }
        });
    }
}
