package vn.khien.agencies.web;

import jakarta.validation.Valid;
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
import vn.khien.agencies.AppointmentData;
import vn.khien.agencies.FocalPointRole;
import vn.khien.agencies.application.AgencyListing;
import vn.khien.agencies.application.AgencyView;
import vn.khien.agencies.application.FocalPointManagement;
import vn.khien.agencies.application.FocalPointQueries;
import vn.khien.shared.FormErrors;
import vn.khien.shared.Paging;
import vn.khien.shared.web.PageActions;

/** Appointing and re-confirming focal points, and the list of those that need attention. */
@Controller
@RequestMapping("/agencies")
class FocalPointPageController {

    private final AgencyListing listing;
    private final FocalPointManagement management;
    private final FocalPointQueries queries;
    private final Clock clock;

    FocalPointPageController(
            AgencyListing listing, FocalPointManagement management, FocalPointQueries queries, Clock clock) {
        this.listing = listing;
        this.management = management;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/focal-points/attention")
    String attention(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("attention", queries.needingAttention(Paging.of(page, 50)));
        model.addAttribute("months", queries.reconfirmMonths());
        return "agencies/attention";
    }

    @GetMapping("/{code}/focal-points/{role}")
    String appointForm(@PathVariable String code, @PathVariable FocalPointRole role, Model model) {
        AgencyView agency = listing.view(code);
        // the head's "unit" is the agency itself; a focal unit is named by the agency
        String unit = role.focalPoint() ? null : agency.name();
        return showForm(model, agency, role, blank(unit, LocalDate.now(clock)));
    }

    @PostMapping("/{code}/focal-points/{role}")
    String appoint(
            @PathVariable String code,
            @PathVariable FocalPointRole role,
            @Valid @ModelAttribute("form") AppointmentData form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AgencyView agency = listing.view(code);
        return FormErrors.submit(
                errors,
                () -> {
                    management.appoint(code, role, form);
                    redirect.addFlashAttribute(
                            "notice", role.focalPoint() ? "agencies.focal-point.appointed" : "agencies.head.recorded");
                    return "redirect:/agencies/" + code + "?tab=focal-points";
                },
                () -> showForm(model, agency, role, form));
    }

    @PostMapping("/{code}/focal-points/{role}/confirm")
    String confirm(@PathVariable String code, @PathVariable FocalPointRole role, RedirectAttributes redirect) {
        return PageActions.perform(
                "/agencies/" + code + "?tab=focal-points",
                redirect,
                "agencies.focal-point.confirmed",
                () -> management.confirm(code, role));
    }

    /** A new appointment: the unit as known, the term starting today. */
    private static AppointmentData blank(String unitName, LocalDate today) {
        return new AppointmentData(unitName, null, null, null, null, null, null, null, null, null, today);
    }

    private String showForm(Model model, AgencyView agency, FocalPointRole role, AppointmentData form) {
        model.addAttribute("agency", agency);
        model.addAttribute("role", role);
        // re-adding the bound form would drop its BindingResult and with it the messages
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "agencies/focal-point-form";
    }
}
