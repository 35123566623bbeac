package vn.khien.scoring.web;

import java.time.Clock;
import java.time.LocalDate;
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
import vn.khien.agencies.AgencyKind;
import vn.khien.scoring.AnswerType;
import vn.khien.scoring.Formula;
import vn.khien.scoring.application.CriteriaSetManagement;
import vn.khien.scoring.application.CriteriaSetQueries;
import vn.khien.scoring.domain.SetDraft;
import vn.khien.shared.FormErrors;
import vn.khien.shared.web.PageActions;

/** The coordinator's criteria sets: the list, a version's edit form (read-only once frozen), copies. */
@Controller
@RequestMapping("/scoring/criteria-sets")
class CriteriaSetPageController {

    private final CriteriaSetManagement management;
    private final CriteriaSetQueries queries;
    private final Clock clock;

    CriteriaSetPageController(CriteriaSetManagement management, CriteriaSetQueries queries, Clock clock) {
        this.management = management;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("sets", queries.list());
        model.addAttribute("nextYear", LocalDate.now(clock).getYear() + 1);
        return "scoring/criteria-sets";
    }

    @GetMapping("/{code}/{version}")
    String edit(@PathVariable String code, @PathVariable int version, Model model) {
        return page(code, version, queries.edit(code, version).draft(), model);
    }

    /** Saves the draft ({@code op=save}) or applies one add/remove button and shows the draft again. */
    @PostMapping("/{code}/{version}")
    String save(
            @PathVariable String code,
            @PathVariable int version,
            @ModelAttribute("draft") SetDraft draft,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String op,
            Model model,
            RedirectAttributes redirect) {
        if (!op.equals("save")) {
            queries.edit(code, version); // 404 or 403 before anything is shown
            return page(code, version, SetDraftEdits.apply(draft, op), model);
        }
        return FormErrors.submit(
                errors,
                () -> {
                    management.save(code, version, draft);
                    redirect.addFlashAttribute("notice", "scoring.sets.notice.saved");
                    return "redirect:" + path(code, version);
                },
                () -> page(code, version, draft, model));
    }

    @PostMapping("/{code}/{version}/copy")
    String copy(
            @PathVariable String code,
            @PathVariable int version,
            @RequestParam(required = false) String year,
            RedirectAttributes redirect) {
        queries.edit(code, version);
        var copied = new CriteriaSetManagement.StoredKey[1];
        String back = PageActions.perform(
                "/scoring/criteria-sets",
                redirect,
                "scoring.sets.notice.copied",
                () -> copied[0] = management.copy(code, version, Typed.year("year", year)));
        return copied[0] == null ? back : "redirect:" + path(copied[0].code(), copied[0].version());
    }

    private String page(String code, int version, SetDraft draft, Model model) {
        var edit = queries.edit(code, version);
        model.addAttribute("set", edit);
        model.addAttribute("draft", draft); // the same object keeps its errors; an edited draft has none
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("formulas", Formula.values());
        model.addAttribute("answerTypes", AnswerType.values());
        return "scoring/criteria-set";
    }

    static String path(String code, int version) {
        return "/scoring/criteria-sets/" + code + "/" + version;
    }
}
