package vn.khien.agencies.web;

import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyStatus;
import vn.khien.agencies.FocalPointRole;
import vn.khien.agencies.RegistryAccess;
import vn.khien.agencies.application.AgencyFilter;
import vn.khien.agencies.application.AgencyFilter.AgencySort;
import vn.khien.agencies.application.AgencyListing;
import vn.khien.agencies.application.AgencyManagement;
import vn.khien.agencies.application.AgencyView;
import vn.khien.agencies.application.FocalPointQueries;
import vn.khien.agencies.application.FocalPointView;
import vn.khien.agencies.application.StatusChange;
import vn.khien.shared.FormErrors;
import vn.khien.shared.Paging;
import vn.khien.shared.web.PageActions;

/** The registry's pages: the agency list, an agency's page with its tabs, and its forms. */
@Controller
@RequestMapping("/agencies")
class AgencyPageController {

    private final AgencyListing listing;
    private final AgencyManagement management;
    private final FocalPointQueries focalPoints;
    private final AgencyDirectory directory;
    private final RegistryAccess access;

    AgencyPageController(
            AgencyListing listing,
            AgencyManagement management,
            FocalPointQueries focalPoints,
            AgencyDirectory directory,
            RegistryAccess access) {
        this.access = access;
        this.listing = listing;
        this.management = management;
        this.focalPoints = focalPoints;
        this.directory = directory;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AgencyKind kind,
            @RequestParam(required = false) AgencyStatus status,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) AgencySort sort,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute(
                "agencies", listing.list(new AgencyFilter(q, kind, status, parent, sort), Paging.of(page, 50)));
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("statuses", AgencyStatus.values());
        model.addAttribute("sorts", AgencySort.values());
        model.addAttribute("mayAdminister", access.mayAdminister());
        return "agencies/list";
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, @RequestParam(defaultValue = "overview") String tab, Model model) {
        AgencyView agency = listing.view(code);
        model.addAttribute("agency", agency);
        model.addAttribute("tab", tab);
        model.addAttribute("roles", FocalPointRole.values());
        List<FocalPointView> terms = focalPoints.of(code);
        Map<FocalPointRole, FocalPointView> current = new EnumMap<>(FocalPointRole.class);
        terms.stream().filter(FocalPointView::current).forEach(f -> current.put(f.role(), f));
        model.addAttribute("focalPoints", terms);
        model.addAttribute("currentFocalPoints", current);
        model.addAttribute("statusForm", new StatusChange(null, null, null));
        model.addAttribute("statuses", AgencyStatus.values());
        model.addAttribute("successors", directory.listActive());
        return "agencies/detail";
    }

    @GetMapping("/new")
    String newAgency(@RequestParam(required = false) String parent, Model model) {
        return showForm(model, AgencyForm.empty(parent), null);
    }

    @PostMapping("/new")
    String register(
            @Valid @ModelAttribute("form") AgencyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                errors,
                () -> {
                    management.register(form.code().strip(), form.toData());
                    redirect.addFlashAttribute("notice", "agencies.registered");
                    return "redirect:/agencies/" + form.code().strip();
                },
                () -> showForm(model, form, null));
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        AgencyView agency = listing.view(code);
        return showForm(model, AgencyForm.of(agency), agency);
    }

    @PostMapping("/{code}/edit")
    String revise(
            @PathVariable String code,
            @Valid @ModelAttribute("form") AgencyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AgencyView agency = listing.view(code);
        return FormErrors.submit(
                errors,
                () -> {
                    management.revise(code, form.toData());
                    redirect.addFlashAttribute("notice", "agencies.updated");
                    return "redirect:/agencies/" + code;
                },
                () -> showForm(model, form, agency));
    }

    @PostMapping("/{code}/status")
    String changeStatus(
            @PathVariable String code,
            @Valid @ModelAttribute("statusForm") StatusChange form,
            BindingResult errors,
            RedirectAttributes redirect) {
        listing.view(code);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("problem", "agencies.status.error.choose");
            return "redirect:/agencies/" + code;
        }
        return PageActions.perform(
                "/agencies/" + code,
                redirect,
                "agencies.status.changed",
                () -> management.changeStatus(code, form.status(), form.successorCode(), form.on()));
    }

    private String showForm(Model model, AgencyForm form, AgencyView agency) {
        // re-adding the bound form would drop its BindingResult and with it the messages
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("agency", agency);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("licenceKinds", vn.khien.agencies.LicenceKind.values());
        model.addAttribute("mandateKinds", vn.khien.agencies.MandateKind.values());
        // an officer editing contacts sees the parent it has, not the whole registry (issue 15)
        model.addAttribute(
                "parents",
                agency == null || agency.mayAdminister()
                        ? directory.listActive()
                        : directory.listActive().stream()
                                .filter(a -> a.code().equals(form.parentCode()))
                                .toList());
        return "agencies/form";
    }
}
