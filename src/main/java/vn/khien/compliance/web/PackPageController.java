package vn.khien.compliance.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.khien.compliance.application.PackCatalogue;
import vn.khien.compliance.application.PackManagement;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.shared.FormErrors;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/** Policy packs: their rules with legal sources for everyone; versions and edits for the coordinator. */
@Controller
@RequestMapping("/compliance/packs")
class PackPageController {

    /** A new version as typed by the coordinator. */
    record PackForm(
            String content,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
            String note) {

        PackManagement.PackEdit edit() {
            return new PackManagement.PackEdit(content, effectiveFrom, note);
        }
    }

    private final PackCatalogue catalogue;
    private final PackManagement management;
    private final AccessPolicy access;
    private final Clock clock;

    PackPageController(PackCatalogue catalogue, PackManagement management, AccessPolicy access, Clock clock) {
        this.catalogue = catalogue;
        this.management = management;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    String packs(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute(
                "packs",
                catalogue.codes().stream()
                        .map(code -> catalogue
                                .inForce(code, today)
                                .orElse(catalogue.history(code).get(0).pack()))
                        .toList());
        return "compliance/packs";
    }

    @GetMapping("/{code}")
    String pack(@PathVariable String code, Model model) {
        var history = catalogue.history(code);
        if (history.isEmpty()) {
            throw new ObjectNotFoundException("policy-pack", code);
        }
        model.addAttribute(
                "pack",
                catalogue
                        .inForce(code, LocalDate.now(clock))
                        .orElse(history.get(0).pack()));
        model.addAttribute("history", history);
        model.addAttribute("canEdit", access.currentUserHas(Role.COORDINATOR_ADMIN));
        return "compliance/pack";
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        if (!access.currentUserHas(Role.COORDINATOR_ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("coordinator only");
        }
        var history = catalogue.history(code);
        if (history.isEmpty()) {
            throw new ObjectNotFoundException("policy-pack", code);
        }
        model.addAttribute("code", code);
        model.addAttribute("form", new PackForm(history.get(0).content(), LocalDate.now(clock), null));
        return "compliance/pack-edit";
    }

    @PostMapping("/{code}/edit")
    String submit(
            @PathVariable String code,
            @RequestParam(defaultValue = "preview") String action,
            @ModelAttribute("form") PackForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("code", code);
        if (binding.hasErrors()) {
            return "compliance/pack-edit";
        }
        try {
            if (action.equals("save")) {
                int version = management.save(code, form.edit());
                redirect.addFlashAttribute("savedVersion", version);
                return "redirect:/compliance/packs/" + code;
            }
            model.addAttribute("diff", management.preview(code, form.edit()));
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
        }
        return "compliance/pack-edit";
    }
}
