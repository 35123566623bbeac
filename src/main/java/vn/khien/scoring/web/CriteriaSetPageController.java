package vn.khien.scoring.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.khien.agencies.AgencyKind;
import vn.khien.scoring.AnswerType;
import vn.khien.scoring.Formula;
import vn.khien.scoring.SetDraft;
import vn.khien.scoring.application.CriteriaSetFiles;
import vn.khien.scoring.application.CriteriaSetManagement;
import vn.khien.scoring.application.CriteriaSetQueries;
import vn.khien.shared.ConflictException;
import vn.khien.shared.FormErrors;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.web.Downloads;

/** The coordinator's criteria sets: the list, a version's edit form (read-only once frozen), copies. */
@Controller
@RequestMapping("/scoring/criteria-sets")
class CriteriaSetPageController {

    private final CriteriaSetManagement management;
    private final CriteriaSetQueries queries;
    private final CriteriaSetFiles files;
    private final MessageSource messages;
    private final Clock clock;

    CriteriaSetPageController(
            CriteriaSetManagement management,
            CriteriaSetQueries queries,
            CriteriaSetFiles files,
            MessageSource messages,
            Clock clock) {
        this.management = management;
        this.queries = queries;
        this.files = files;
        this.messages = messages;
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
        try {
            var copy = management.copy(code, version, Typed.year("year", year));
            redirect.addFlashAttribute("notice", "scoring.sets.notice.copied");
            return "redirect:" + path(copy.code(), copy.version());
        } catch (InvalidInputException e) { // a year that does not read: shown as the list's problem
            redirect.addFlashAttribute("problem", e.problems().get(0).messageKey());
            redirect.addFlashAttribute(
                    "problemArgs", e.problems().get(0).arguments().toArray());
            return "redirect:/scoring/criteria-sets";
        }
    }

    @GetMapping("/{code}/{version}/xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @PathVariable int version) {
        var workbook = files.export(code, version);
        return Downloads.bytes(workbook.filename(), Downloads.XLSX, workbook.bytes());
    }

    /** A whole set from a workbook: to its page when stored, else back to the list with every problem. */
    @PostMapping("/import")
    String importXlsx(@RequestParam(required = false) MultipartFile file, Locale locale, RedirectAttributes redirect)
            throws IOException {
        try {
            var key = files.importXlsx(file == null ? null : file.getInputStream());
            redirect.addFlashAttribute("notice", "scoring.sheet.notice.imported");
            return "redirect:" + path(key.code(), key.version());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "importProblems",
                    e.problems().stream()
                            .map(p -> messages.getMessage(
                                    p.messageKey(), p.arguments().toArray(), locale))
                            .toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("importProblems", List.of(messages.getMessage(e.messageKey(), null, locale)));
        }
        return "redirect:/scoring/criteria-sets";
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

    /** The version's page; the code is the set's own text, so it is encoded as a path segment. */
    static String path(String code, int version) {
        return "/scoring/criteria-sets/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8) + "/" + version;
    }
}
