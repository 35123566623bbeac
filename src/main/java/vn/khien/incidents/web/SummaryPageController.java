package vn.khien.incidents.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.AccessPolicy;
import vn.khien.incidents.application.SummaryReports;
import vn.khien.shared.FormErrors;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.files.FileStore;

/** Form 05: an agency's six-monthly or annual incident summary, generated on request and kept. */
@Controller
@RequestMapping("/incidents/summaries")
class SummaryPageController {

    /** What to summarise: an agency, a year, the whole year or its first half. */
    record SummaryForm(String agencyCode, Integer year, boolean annual) {}

    private final SummaryReports summaries;
    private final AgencyDirectory agencies;
    private final FileStore files;
    private final AccessPolicy access;
    private final Clock clock;

    SummaryPageController(
            SummaryReports summaries, AgencyDirectory agencies, FileStore files, AccessPolicy access, Clock clock) {
        this.summaries = summaries;
        this.agencies = agencies;
        this.files = files;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            int year = LocalDate.now(clock).getYear();
            model.addAttribute("form", new SummaryForm(null, year, true));
        }
        var scope = access.currentScope();
        model.addAttribute(
                "agencies",
                agencies.listActive().stream()
                        .filter(a -> scope.covers(a.code()))
                        .toList());
        model.addAttribute("versions", summaries.recent(50));
        return "incidents/summaries";
    }

    @PostMapping
    String generate(
            @ModelAttribute("form") SummaryForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                summaries.generate(form.agencyCode(), form.year() == null ? 0 : form.year(), form.annual());
                redirect.addFlashAttribute("notice", "incidents.summary.generated");
                return "redirect:/incidents/summaries";
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        return page(model);
    }

    @GetMapping("/{ref}.{format:docx|pdf}")
    ResponseEntity<byte[]> download(@PathVariable UUID ref, @PathVariable String format) {
        boolean pdf = format.equals("pdf");
        return IncidentFormPageController.stream(files, summaries.file(ref, pdf), "mau-05-" + ref + "." + format, pdf);
    }
}
