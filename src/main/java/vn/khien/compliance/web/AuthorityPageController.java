package vn.khien.compliance.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.compliance.AuthorityRole;
import vn.khien.compliance.application.AuthorityRegister;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.shared.FormErrors;
import vn.khien.shared.InvalidInputException;

/** The authorities page: who holds each role today, the history, and the coordinator's form. */
@Controller
@RequestMapping("/compliance/authorities")
class AuthorityPageController {

    /** The coordinator's form. */
    record AssignmentForm(
            AuthorityRole role,
            String organisationCode,
            String organisationName,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            String note) {}

    private final AuthorityRegister register;
    private final AccessPolicy access;
    private final Clock clock;

    AuthorityPageController(AuthorityRegister register, AccessPolicy access, Clock clock) {
        this.register = register;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AssignmentForm(null, null, null, null, null));
        }
        model.addAttribute("current", register.holdersOn(LocalDate.now(clock)));
        model.addAttribute("history", register.history());
        model.addAttribute("roles", AuthorityRole.values());
        model.addAttribute("canAssign", access.currentUserHas(Role.COORDINATOR_ADMIN));
        return "compliance/authorities";
    }

    @PostMapping
    String assign(
            @ModelAttribute("form") AssignmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                register.assign(
                        form.role(), form.organisationCode(), form.organisationName(), form.validFrom(), form.note());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/compliance/authorities";
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        return page(model);
    }
}
