package vn.khien.scoring.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.scoring.application.NationalIndexManagement;
import vn.khien.scoring.application.NationalIndexQueries;
import vn.khien.shared.FormErrors;
import vn.khien.shared.web.PageActions;

/** The province's national assessment results: trend, years with pillars and follow-up; the coordinator records. */
@Controller
@RequestMapping("/scoring/national-index")
class NationalIndexPageController {

    private static final String PAGE = "/scoring/national-index";

    private final NationalIndexManagement management;
    private final NationalIndexQueries queries;
    private final Clock clock;

    NationalIndexPageController(NationalIndexManagement management, NationalIndexQueries queries, Clock clock) {
        this.management = management;
        this.queries = queries;
        this.clock = clock;
    }

    /** The page; {@code ?year=} puts that year's result into the coordinator's form to correct it. */
    @GetMapping
    String page(@RequestParam(required = false) Integer year, Model model) {
        boolean mayRecord = queries.mayRecord();
        NationalIndexForm form = year != null && mayRecord
                ? NationalIndexForm.of(queries.year(year))
                : NationalIndexForm.empty(LocalDate.now(clock).getYear());
        return page(form, model);
    }

    @PostMapping
    String record(
            @ModelAttribute("form") NationalIndexForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!queries.mayRecord()) {
            throw new AccessDeniedException("scoring: national results are recorded by the coordinator");
        }
        return FormErrors.submit(
                errors,
                () -> {
                    management.record(form.toData());
                    redirect.addFlashAttribute("notice", "scoring.national.notice.recorded");
                    return "redirect:" + PAGE;
                },
                () -> page(form, model));
    }

    @PostMapping("/{year}/remediation")
    String openRemediation(@PathVariable int year, RedirectAttributes redirect) {
        queries.year(year);
        return PageActions.perform(
                PAGE, redirect, "scoring.national.notice.campaign", () -> management.openRemediation(year));
    }

    private String page(NationalIndexForm form, Model model) {
        model.addAttribute("index", queries.index());
        model.addAttribute("mayRecord", queries.mayRecord());
        model.addAttribute("form", form);
        return "scoring/national-index";
    }
}
