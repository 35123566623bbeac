package vn.khien.assessments.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.assessments.AssessmentKind;
import vn.khien.assessments.application.PlanManagement;
import vn.khien.assessments.application.PlanQueries;
import vn.khien.identity.AgencyChoices;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.Paging;

/** Yearly assessment plans: the list, starting one, and a plan's page with its items and decision. */
@Controller
@RequestMapping("/assessments/plans")
class PlanPageController {

    private final PlanManagement management;
    private final PlanQueries queries;
    private final AgencyChoices agencies;

    PlanPageController(PlanManagement management, PlanQueries queries, AgencyChoices agencies) {
        this.management = management;
        this.queries = queries;
        this.agencies = agencies;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("plans", queries.list(year, Paging.of(page, null)));
        model.addAttribute("agencies", agencies.inScope());
        return "assessments/plans";
    }

    @PostMapping
    String create(
            @RequestParam(required = false) String agencyCode,
            @RequestParam(required = false) Integer year,
            Model model,
            RedirectAttributes redirect) {
        try {
            UUID id = management.create(agencyCode, year);
            redirect.addFlashAttribute("notice", "assessments.saved");
            return "redirect:/assessments/plans/" + id;
        } catch (InvalidInputException e) {
            var p = e.problems().get(0);
            model.addAttribute(
                    "stepProblem",
                    new Steps.Problem(p.messageKey(), p.arguments().toArray()));
        } catch (ConflictException e) {
            model.addAttribute("stepProblem", new Steps.Problem(e.messageKey(), new Object[0]));
        }
        return list(year, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(id, model);
    }

    @PostMapping("/{id}/items")
    String addItem(
            @PathVariable UUID id,
            @RequestParam(required = false) String systemCode,
            @RequestParam(required = false) AssessmentKind kind,
            @RequestParam(required = false) String assessorCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedStart,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedEnd,
            Model model,
            RedirectAttributes redirect) {
        return step(
                id,
                model,
                redirect,
                () -> management.addItem(id, systemCode, kind, assessorCode, plannedStart, plannedEnd));
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, () -> management.submit(id));
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, () -> management.approve(id));
    }

    @PostMapping("/{id}/return")
    String giveBack(@PathVariable UUID id, @RequestParam String reason, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, () -> management.returnWith(id, reason));
    }

    private String step(UUID id, Model model, RedirectAttributes redirect, Runnable work) {
        return Steps.run(work, "/assessments/plans/" + id, redirect, model, () -> page(id, model));
    }

    private String page(UUID id, Model model) {
        model.addAttribute("plan", queries.detail(id));
        model.addAttribute("kinds", AssessmentKind.values());
        model.addAttribute("agencies", agencies.inScopeAnd(AgencyChoices.SECURITY_SERVICES));
        return "assessments/plan";
    }
}
