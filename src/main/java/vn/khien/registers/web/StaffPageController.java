package vn.khien.registers.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.identity.AgencyChoices;
import vn.khien.registers.SecurityRole;
import vn.khien.registers.application.RegisterExport;
import vn.khien.registers.application.RegisterSheets;
import vn.khien.registers.application.StaffManagement;
import vn.khien.registers.application.StaffQueries;
import vn.khien.shared.FormErrors;
import vn.khien.shared.Paging;
import vn.khien.shared.web.PageActions;

/** Workforce pages: people with training hours against the target, qualifications, training, leaving. */
@Controller
@RequestMapping("/registers/staff")
class StaffPageController {

    private final StaffManagement management;
    private final StaffQueries queries;
    private final RegisterExport export;
    private final AgencyChoices agencies;
    private final RegisterDownloads downloads;
    private final Clock clock;

    StaffPageController(
            StaffManagement management,
            StaffQueries queries,
            RegisterExport export,
            AgencyChoices agencies,
            RegisterDownloads downloads,
            Clock clock) {
        this.management = management;
        this.queries = queries;
        this.export = export;
        this.agencies = agencies;
        this.downloads = downloads;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @ModelAttribute StaffListParameters filters, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("people", queries.list(filters.toFilter(), Paging.of(page, 50)));
        model.addAttribute("roles", SecurityRole.values());
        model.addAttribute("agencies", agencies.inScope());
        model.addAttribute("mayRecord", RecordButton.shown(filters.agency(), management::mayEdit));
        return "registers/staff";
    }

    @GetMapping("/export.{format:xlsx|csv}")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable String format, @ModelAttribute StaffListParameters filters) {
        return downloads.export(RegisterSheets.STAFF, format, csv -> export.staff(filters.toFilter(), csv));
    }

    @GetMapping("/new")
    String newPerson(@RequestParam(required = false) String agency, Model model) {
        return form(model, new StaffForm(agency, null, null, SecurityRole.FOCAL_UNIT_MEMBER, null));
    }

    @PostMapping("/new")
    String record(
            @ModelAttribute("form") StaffForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(
                errors,
                () -> {
                    long id = management.record(form.toData());
                    redirect.addFlashAttribute("notice", "registers.staff.recorded");
                    return "redirect:/registers/staff/" + id;
                },
                () -> form(model, form));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("view", queries.detail(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "registers/person";
    }

    @PostMapping("/{id}/trainings")
    String training(
            @PathVariable long id,
            @RequestParam(required = false) String course,
            @RequestParam(required = false) String provider,
            @RequestParam(required = false) BigDecimal hours,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate attendedOn,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "registers.staff.training-added",
                () -> management.addTraining(id, course, provider, hours, attendedOn));
    }

    @PostMapping("/{id}/qualifications")
    String qualification(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String issuer,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate obtainedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "registers.staff.qualification-added",
                () -> management.addQualification(id, name, issuer, obtainedOn, expiresOn));
    }

    @PostMapping("/{id}/leave")
    String leave(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
            RedirectAttributes redirect) {
        return act(id, redirect, "registers.staff.left", () -> management.leave(id, leftOn));
    }

    private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        queries.detail(id); // 404 first for a person the user may not see
        return PageActions.perform("/registers/staff/" + id, redirect, notice, action);
    }

    private String form(Model model, StaffForm form) {
        model.addAttribute("form", form);
        model.addAttribute("roles", SecurityRole.values());
        model.addAttribute("agencies", agencies.inScope());
        return "registers/person-form";
    }
}
