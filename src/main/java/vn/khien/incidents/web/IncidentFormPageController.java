package vn.khien.incidents.web;

import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.incidents.application.IncidentForms;
import vn.khien.shared.ConflictException;
import vn.khien.shared.files.FileStore;
import vn.khien.shared.web.Downloads;

/** Forms 03 and 04 of an incident: generate a new version, download any kept version as DOCX or PDF. */
@Controller
public class IncidentFormPageController {

    private final IncidentForms forms;
    private final FileStore files;

    IncidentFormPageController(IncidentForms forms, FileStore files) {
        this.forms = forms;
        this.files = files;
    }

    @PostMapping("/incidents/{reference}/forms/{form:FORM_03|FORM_04}")
    String generate(@PathVariable String reference, @PathVariable String form, RedirectAttributes redirect) {
        try {
            forms.generate(reference, form);
            redirect.addFlashAttribute("notice", "incidents.forms.generated");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/incidents/" + reference + "?tab=documents";
    }

    @GetMapping("/incidents/{reference}/forms/{ref}.{format:docx|pdf}")
    ResponseEntity<byte[]> download(
            @PathVariable String reference, @PathVariable UUID ref, @PathVariable String format) {
        boolean pdf = format.equals("pdf");
        return stream(files, forms.file(reference, ref, pdf), reference + "." + format, pdf);
    }

    /** Forms are small: sent whole, so a download is complete when the response is. */
    public static ResponseEntity<byte[]> stream(FileStore files, String hash, String name, boolean pdf) {
        try (var in = files.open(hash)) {
            return Downloads.bytes(name, pdf ? MediaType.APPLICATION_PDF : Downloads.DOCX, in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
