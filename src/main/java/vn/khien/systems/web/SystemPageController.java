package vn.khien.systems.web;

import java.util.List;
import java.util.Set;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.identity.AgencyChoices;
import vn.khien.shared.FormErrors;
import vn.khien.shared.Paging;
import vn.khien.systems.DossierStatus;
import vn.khien.systems.MonitoringMethod;
import vn.khien.systems.SystemDetails;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;
import vn.khien.systems.application.SystemFilter;
import vn.khien.systems.application.SystemManagement;
import vn.khien.systems.application.SystemQueries;
import vn.khien.systems.application.SystemView;

/** The inventory pages: list with search and filters, register and edit a system, the overlap report. */
@Controller
@RequestMapping("/systems")
class SystemPageController {

    private final SystemManagement management;
    private final SystemQueries queries;
    private final AgencyChoices agencies;

    SystemPageController(SystemManagement management, SystemQueries queries, AgencyChoices agencies) {
        this.management = management;
        this.queries = queries;
        this.agencies = agencies;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) SystemType type,
            @RequestParam(required = false) Integer level,
            @RequestParam(required = false) SystemStatus status,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String sort,
            @RequestParam(name = "dossier", required = false) Set<DossierStatus> dossiers,
            @RequestParam(required = false) Integer page,
            Model model) {
        var filter = new SystemFilter(q, type, level, status, owner, sort, dossiers);
        model.addAttribute("systems", queries.list(filter, Paging.of(page, 50)));
        model.addAttribute("dossierFilter", filter.dossiers().stream().sorted().toList());
        model.addAttribute("types", SystemType.values());
        model.addAttribute("statuses", SystemStatus.values());
        model.addAttribute("agencies", agencies.inScope());
        model.addAttribute("mayImport", management.mayImport());
        return "systems/list";
    }

    @GetMapping("/new")
    String newSystem(Model model) {
        return showForm(model, blank(), null);
    }

    /** A code typed with a stray space is the code; components are typed one per line. */
    @InitBinder("form")
    void readTypedFields(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, "code", new StringTrimmerEditor(false));
        binder.registerCustomEditor(List.class, "components", new ComponentLinesEditor());
    }

    @PostMapping("/new")
    String register(
            @ModelAttribute("form") SystemDetails form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                errors,
                () -> {
                    String code = management.register(form);
                    redirect.addFlashAttribute("notice", "systems.system.registered");
                    return "redirect:/systems/" + code;
                },
                () -> showForm(model, form, null));
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        var system = queries.detail(code);
        return showForm(model, current(system), code);
    }

    @PostMapping("/{code}/edit")
    String update(
            @PathVariable String code,
            @ModelAttribute("form") SystemDetails form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        queries.detail(code); // 404 before anything else for a system the user may not see
        return FormErrors.submit(
                errors,
                () -> {
                    management.update(code, form);
                    redirect.addFlashAttribute("notice", "systems.system.updated");
                    return "redirect:/systems/" + code;
                },
                () -> showForm(model, form, code));
    }

    @GetMapping("/overlaps")
    String overlaps(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("overlaps", queries.overlaps(Paging.of(page, 50)));
        return "systems/overlaps";
    }

    /** Loaded with htmx into a tab of the agency page: systems the agency owns or operates. */
    @GetMapping("/of-agency/{agencyCode}")
    String ofAgency(@PathVariable String agencyCode, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("systems", queries.ofAgency(agencyCode, Paging.of(page, 20)));
        return "systems/fragments :: systems";
    }

    /**
     * Suggestions for a form's system field (a {@code systemCode} input with a datalist, filled with
     * htmx as the user types): the first 20 systems the user may see whose code or name matches,
     * accents and case ignored. The form's own module still checks the code it receives.
     */
    @GetMapping("/options")
    String options(@RequestParam(required = false) String systemCode, Model model) {
        model.addAttribute(
                "systems", queries.list(new SystemFilter(systemCode, null, null, null, null, null), Paging.of(0, 20)));
        return "systems/fragments :: options";
    }

    /** Loaded with htmx into a tab of a provider's page: the systems it serves. */
    @GetMapping("/arrangements/of-provider/{agencyCode}")
    String ofProvider(@PathVariable String agencyCode, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("arrangements", queries.arrangementsOf(agencyCode, Paging.of(page, 20)));
        return "systems/fragments :: arrangements";
    }

    /** A new system: in operation, neither e-government nor monitored until the user says so. */
    private static SystemDetails blank() {
        return new SystemDetails(
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                SystemStatus.IN_OPERATION,
                false,
                null,
                null,
                null,
                null,
                null);
    }

    /** The edit form as the system stands. */
    private static SystemDetails current(SystemView v) {
        return new SystemDetails(
                v.code(),
                v.name(),
                v.ownerCode(),
                v.operatorCode(),
                v.type(),
                v.eGovernment(),
                v.publicServiceLevel(),
                v.personalDataSubjects(),
                v.proposedLevel(),
                v.status(),
                v.monitoringConnected(),
                v.monitoringSince(),
                v.monitoringMethod(),
                v.components(),
                null,
                null);
    }

    private String showForm(Model model, SystemDetails form, String code) {
        // re-adding the bound form would drop its BindingResult and with it the messages
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("code", code);
        model.addAttribute("types", SystemType.values());
        model.addAttribute("statuses", SystemStatus.values());
        model.addAttribute("methods", MonitoringMethod.values());
        model.addAttribute("agencies", agencies.inScope());
        if (code != null) {
            model.addAttribute("advice", queries.detail(code).advice());
        }
        return "systems/form";
    }
}
