package vn.khien.assessments.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
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
import vn.khien.assessments.AssessmentKind;
import vn.khien.assessments.AssessmentStatus;
import vn.khien.assessments.NewFinding;
import vn.khien.assessments.Severity;
import vn.khien.assessments.application.AssessmentFilter;
import vn.khien.assessments.application.AssessmentManagement;
import vn.khien.assessments.application.AssessmentQueries;
import vn.khien.assessments.application.EvidenceFiles;
import vn.khien.assessments.application.FindingManagement;
import vn.khien.assessments.application.RequirementCatalogue;
import vn.khien.identity.AgencyChoices;
import vn.khien.shared.FormErrors;
import vn.khien.shared.Paging;
import vn.khien.shared.web.Downloads;

/** Assessment pages: the list, planning one, and an assessment's page with its steps and findings. */
@Controller
@RequestMapping("/assessments")
class AssessmentPageController {

    private final AssessmentManagement management;
    private final AssessmentQueries queries;
    private final FindingManagement findings;
    private final EvidenceFiles evidence;
    private final RequirementCatalogue catalogue;
    private final AgencyChoices agencies;

    AssessmentPageController(
            AssessmentManagement management,
            AssessmentQueries queries,
            FindingManagement findings,
            EvidenceFiles evidence,
            RequirementCatalogue catalogue,
            AgencyChoices agencies) {
        this.management = management;
        this.queries = queries;
        this.findings = findings;
        this.evidence = evidence;
        this.catalogue = catalogue;
        this.agencies = agencies;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) AssessmentStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute(
                "assessments", queries.list(new AssessmentFilter(agency, null, status, year), Paging.of(page, null)));
        model.addAttribute("statuses", AssessmentStatus.values());
        return "assessments/list";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) String system, Model model) {
        model.addAttribute("form", AssessmentForm.empty(system));
        return form(model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") AssessmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                errors,
                () -> {
                    UUID id = management.plan(form.toRequest());
                    redirect.addFlashAttribute("notice", "assessments.created");
                    return "redirect:/assessments/" + id;
                },
                () -> form(model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(id, model);
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, () -> management.start(id));
    }

    @PostMapping("/{id}/independence-exception")
    String exception(@PathVariable UUID id, @RequestParam String reason, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, () -> management.allowDespiteDependence(id, reason));
    }

    @PostMapping("/{id}/qualification-exception")
    String qualificationException(
            @PathVariable UUID id, @RequestParam String reason, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, () -> management.allowUnqualified(id, reason));
    }

    @PostMapping("/{id}/draft-report")
    String draft(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, () -> management.draftReport(id));
    }

    @PostMapping("/{id}/comment")
    String comment(@PathVariable UUID id, @RequestParam String comment, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, () -> management.comment(id, comment));
    }

    @PostMapping("/{id}/complete")
    String complete(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
            Model model,
            RedirectAttributes redirect) {
        return step(id, model, redirect, () -> management.complete(id, completedOn, false));
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam String reason, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, () -> management.cancel(id, reason));
    }

    @PostMapping("/{id}/reports")
    String report(
            @PathVariable UUID id, @RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, Steps.upload(file, (name, in) -> evidence.attachReport(id, name, in)));
    }

    @PostMapping("/{id}/findings")
    String raise(
            @PathVariable UUID id,
            @ModelAttribute("findingForm") NewFinding form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                errors,
                () -> {
                    UUID finding = findings.raise(id, form);
                    redirect.addFlashAttribute("notice", "assessments.finding.raised");
                    return "redirect:/findings/" + finding;
                },
                () -> page(id, model));
    }

    /** Access is checked again on every download; the random reference alone grants nothing. */
    @GetMapping("/evidence/{ref}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable UUID ref) {
        var file = evidence.download(ref);
        return Downloads.stream(file.fileName(), MediaType.parseMediaType(file.mediaType()), out -> {
            try (var in = file.content().get()) {
                in.transferTo(out);
            }
        });
    }

    private String step(UUID id, Model model, RedirectAttributes redirect, Runnable work) {
        return Steps.run(work, "/assessments/" + id, redirect, model, () -> page(id, model));
    }

    private String page(UUID id, Model model) {
        var assessment = queries.detail(id);
        model.addAttribute("assessment", assessment);
        model.addAttribute(
                "requirements",
                catalogue.forLevel(
                        assessment.highestLevel(), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("severities", Severity.values());
        if (!model.containsAttribute("findingForm")) {
            model.addAttribute("findingForm", FindingForm.blankFinding());
        }
        return "assessments/detail";
    }

    private String form(Model model) {
        model.addAttribute("kinds", AssessmentKind.values());
        model.addAttribute("scopes", vn.khien.assessments.AssessmentScope.values());
        model.addAttribute("agencies", agencies.inScopeAnd(AgencyChoices.SECURITY_SERVICES));
        return "assessments/form";
    }
}
