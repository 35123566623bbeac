package vn.khien.registers.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.identity.AgencyChoices;
import vn.khien.registers.AttestationData;
import vn.khien.registers.AttestationKind;
import vn.khien.registers.AttestationStatus;
import vn.khien.registers.application.AttestationManagement;
import vn.khien.registers.application.AttestationQueries;
import vn.khien.registers.application.RegisterExport;
import vn.khien.registers.application.RegisterSheets;
import vn.khien.shared.FormErrors;
import vn.khien.shared.Paging;
import vn.khien.shared.web.PageActions;

/** Attestation pages: the list with the coordinator's decisions, submitting one, export. */
@Controller
@RequestMapping("/registers/attestations")
class AttestationPageController {

    private final AttestationManagement management;
    private final AttestationQueries queries;
    private final RegisterExport export;
    private final AgencyChoices agencies;
    private final RegisterDownloads downloads;
    private final Clock clock;

    AttestationPageController(
            AttestationManagement management,
            AttestationQueries queries,
            RegisterExport export,
            AgencyChoices agencies,
            RegisterDownloads downloads,
            Clock clock) {
        this.management = management;
        this.queries = queries;
        this.export = export;
        this.agencies = agencies;
        this.downloads = downloads;
        this.clock = clock;
    }

    record AttestationForm(String agencyCode, AttestationKind kind, String title, String attestedOn, String evidence) {

        AttestationData toData() {
            return new AttestationData(agencyCode, kind, title, TypedValues.date("attestedOn", attestedOn), evidence);
        }
    }

    @GetMapping
    String list(
            @ModelAttribute AttestationListParameters filters,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("attestations", queries.list(filters.toFilter(), Paging.of(page, 50)));
        model.addAttribute("kinds", AttestationKind.values());
        model.addAttribute("statuses", AttestationStatus.values());
        model.addAttribute("agencies", agencies.inScope());
        model.addAttribute("mayDecide", queries.mayDecide());
        return "registers/attestations";
    }

    @GetMapping("/export.{format:xlsx|csv}")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable String format, @ModelAttribute AttestationListParameters filters) {
        return downloads.export(
                RegisterSheets.ATTESTATIONS, format, csv -> export.attestations(filters.toFilter(), csv));
    }

    @GetMapping("/new")
    String newAttestation(
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) AttestationKind kind,
            Model model) {
        return form(
                model,
                new AttestationForm(
                        agency,
                        kind == null ? AttestationKind.COORDINATION_REGULATION : kind,
                        null,
                        LocalDate.now(clock).toString(),
                        null));
    }

    @PostMapping("/new")
    String submit(
            @ModelAttribute("form") AttestationForm form,
            BindingResult errors,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                errors,
                () -> {
                    var data = form.toData();
                    UploadedEvidence.with(file, upload -> management.submit(data, upload));
                    redirect.addFlashAttribute("notice", "registers.attestation.submitted");
                    return "redirect:/registers/attestations?agency=" + form.agencyCode();
                },
                () -> form(model, form));
    }

    @PostMapping("/{id}/decision")
    String decide(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean accept,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        queries.detail(id);
        return PageActions.perform(
                "/registers/attestations?status=SUBMITTED",
                redirect,
                accept ? "registers.decision.accepted" : "registers.decision.rejected",
                () -> management.decide(id, accept, note));
    }

    private String form(Model model, AttestationForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", AttestationKind.values());
        model.addAttribute("agencies", agencies.inScope());
        return "registers/attestation-form";
    }
}
