package vn.khien.compliance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
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
import vn.khien.compliance.application.WaiverManagement;
import vn.khien.compliance.application.WaiverQueries;
import vn.khien.compliance.application.WaiverQueries.WaiverState;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.shared.FormErrors;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.Paging;
import vn.khien.shared.web.PageActions;

/** Waivers: the province's list by state, the coordinator's form to grant one and to withdraw one. */
@Controller
@RequestMapping("/compliance/waivers")
class WaiverPageController {

    /** The coordinator's form, pre-filled from an obligation's "waive" link. */
    record WaiverForm(
            String rule,
            String subjectCode,
            String reason,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {}

    private final WaiverQueries queries;
    private final WaiverManagement management;
    private final PackCatalogue catalogue;
    private final AccessPolicy access;
    private final Clock clock;

    WaiverPageController(
            WaiverQueries queries,
            WaiverManagement management,
            PackCatalogue catalogue,
            AccessPolicy access,
            Clock clock) {
        this.queries = queries;
        this.management = management;
        this.catalogue = catalogue;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "ACTIVE") WaiverState state,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) String subject,
            Model model,
            Locale locale) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new WaiverForm(rule, subject, null, null));
        }
        model.addAttribute("state", state);
        model.addAttribute("states", WaiverState.values());
        model.addAttribute("result", queries.list(state, Paging.of(page, 50), locale));
        model.addAttribute("rules", catalogue.rulesOn(LocalDate.now(clock)));
        model.addAttribute("canDecide", access.currentUserHas(Role.COORDINATOR_ADMIN));
        return "compliance/waivers";
    }

    @PostMapping
    String grant(
            @ModelAttribute("form") WaiverForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                management.grant(new WaiverManagement.WaiverRequest(
                        form.rule(), form.subjectCode(), form.reason(), form.expiresOn()));
                redirect.addFlashAttribute("notice", "compliance.waiver.granted");
                return "redirect:/compliance/waivers";
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ObjectNotFoundException e) {
                binding.rejectValue("subjectCode", "compliance.waiver.not-owed");
            }
        }
        return list(WaiverState.ACTIVE, 0, null, null, model, locale);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return PageActions.perform(
                "/compliance/waivers", redirect, "compliance.waiver.revoked", () -> management.revoke(id, reason));
    }
}
