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
import vn.khien.registers.BudgetOrigin;
import vn.khien.registers.ExceptionStatus;
import vn.khien.registers.ItPlanKind;
import vn.khien.registers.application.ItPlanManagement;
import vn.khien.registers.application.ItPlanQueries;
import vn.khien.registers.application.RegisterExport;
import vn.khien.registers.application.RegisterSheets;
import vn.khien.shared.ConflictException;
import vn.khien.shared.FormErrors;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.Paging;
import vn.khien.shared.web.PageActions;

/** IT plan pages: the list (an agency's or the province's), record and revise, exception and decision. */
@Controller
@RequestMapping("/registers/it-plans")
class ItPlanPageController {

    private final ItPlanManagement management;
    private final ItPlanQueries queries;
    private final RegisterExport export;
    private final AgencyChoices agencies;
    private final RegisterDownloads downloads;
    private final Clock clock;

    ItPlanPageController(
            ItPlanManagement management,
            ItPlanQueries queries,
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

    @GetMapping
    String list(
            @ModelAttribute ItPlanListParameters filters, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("plans", queries.list(filters.toFilter(), Paging.of(page, 50)));
        model.addAttribute("kinds", ItPlanKind.values());
        model.addAttribute("exceptions", ExceptionStatus.values());
        model.addAttribute("agencies", agencies.inScope());
        model.addAttribute("threshold", queries.threshold());
        model.addAttribute("mayRecord", RecordButton.shown(filters.agency(), management::mayEdit));
        return "registers/it-plans";
    }

    @GetMapping("/export.{format:xlsx|csv}")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable String format, @ModelAttribute ItPlanListParameters filters) {
        return downloads.export(RegisterSheets.IT_PLANS, format, csv -> export.itPlans(filters.toFilter(), csv));
    }

    @GetMapping("/new")
    String newPlan(@RequestParam(required = false) String agency, Model model) {
        return form(model, ItPlanForm.empty(agency, LocalDate.now(clock).getYear()), null);
    }

    @PostMapping("/new")
    String record(
            @ModelAttribute("form") ItPlanForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(
                errors,
                () -> {
                    long id = management.record(form.toData());
                    redirect.addFlashAttribute("notice", "registers.it-plan.recorded");
                    return "redirect:/registers/it-plans/" + id;
                },
                () -> form(model, form, null));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("view", queries.detail(id));
        model.addAttribute("threshold", queries.threshold());
        return "registers/it-plan";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return form(model, ItPlanForm.of(queries.detail(id)), id);
    }

    @PostMapping("/{id}/edit")
    String revise(
            @PathVariable long id,
            @ModelAttribute("form") ItPlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var current = queries.detail(id); // 404 first for a plan the user may not see
        return FormErrors.submit(
                errors,
                () -> {
                    var data = form.toData();
                    management.revise(
                            id,
                            new vn.khien.registers.ItPlanData(
                                    current.plan().agencyCode(),
                                    data.kind(),
                                    data.name(),
                                    data.yearFrom(),
                                    data.yearTo(),
                                    data.totalBudget(),
                                    null,
                                    data.lines()));
                    redirect.addFlashAttribute("notice", "registers.it-plan.revised");
                    return "redirect:/registers/it-plans/" + id;
                },
                () -> form(model, form, id));
    }

    /** The declaration with its optional evidence file; a refusal re-shows the page with what was typed. */
    @PostMapping("/{id}/exception")
    String declare(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String evidence,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        queries.detail(id);
        try {
            UploadedEvidence.with(file, upload -> {
                management.declareException(id, reason, evidence, upload);
                return id;
            });
            redirect.addFlashAttribute("notice", "registers.it-plan.exception.declared");
            return "redirect:/registers/it-plans/" + id;
        } catch (InvalidInputException e) {
            var p = e.problems().get(0);
            model.addAttribute(
                    "exceptionProblem",
                    new ExceptionProblem(p.messageKey(), p.arguments().toArray()));
        } catch (ConflictException e) {
            model.addAttribute("exceptionProblem", new ExceptionProblem(e.messageKey(), new Object[0]));
        }
        model.addAttribute("exceptionReason", reason);
        model.addAttribute("exceptionEvidence", evidence);
        return show(id, model);
    }

    /** A refused declaration: its message key and arguments (e.g. the size limit). */
    record ExceptionProblem(String key, Object[] args) {}

    @PostMapping("/{id}/decision")
    String decide(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean accept,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                accept ? "registers.decision.accepted" : "registers.decision.rejected",
                () -> management.decideException(id, accept, note));
    }

    /** A small action on the detail page: done, or the refusal shown as the page's problem. */
    private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        queries.detail(id);
        return PageActions.perform("/registers/it-plans/" + id, redirect, notice, action);
    }

    private String form(Model model, ItPlanForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("kinds", ItPlanKind.values());
        model.addAttribute("origins", BudgetOrigin.values());
        model.addAttribute("agencies", agencies.inScope());
        return "registers/it-plan-form";
    }
}
