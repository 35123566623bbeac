package vn.khien.systems.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencyKind;
import vn.khien.identity.AgencyChoices;
import vn.khien.shared.ConflictException;
import vn.khien.shared.FormErrors;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.web.Downloads;
import vn.khien.systems.application.DossierManagement;
import vn.khien.systems.application.DossierQueries;
import vn.khien.systems.application.InventoryCommands.Appraise;
import vn.khien.systems.application.InventoryCommands.Approve;
import vn.khien.systems.application.InventoryCommands.GiveBack;
import vn.khien.systems.application.InventoryCommands.ProposeLevel;
import vn.khien.systems.application.InventoryCommands.Withdraw;
import vn.khien.systems.application.SystemQueries;

/** A level dossier's page: its steps, the forms for the next step open to this user, its documents. */
@Controller
@RequestMapping("/systems/{code}/dossiers")
class DossierPageController {

    private final DossierManagement management;
    private final DossierQueries queries;
    private final SystemQueries systems;
    private final AgencyDirectory agencies;
    private final AgencyChoices choices;

    DossierPageController(
            DossierManagement management,
            DossierQueries queries,
            SystemQueries systems,
            AgencyDirectory agencies,
            AgencyChoices choices) {
        this.management = management;
        this.queries = queries;
        this.systems = systems;
        this.agencies = agencies;
        this.choices = choices;
    }

    @PostMapping
    String create(
            @PathVariable String code, @ModelAttribute("dossierForm") ProposeLevel form, RedirectAttributes redirect) {
        try {
            int number = management.create(code, form.proposedLevel(), form.justification());
            redirect.addFlashAttribute("notice", "systems.dossier.created");
            return "redirect:/systems/" + code + "/dossiers/" + number;
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute(
                    "problem",
                    e instanceof ConflictException c ? c.messageKey() : "systems.dossier.error.level-required");
            return "redirect:/systems/" + code + "?tab=dossiers";
        }
    }

    @GetMapping("/{number}")
    String show(@PathVariable String code, @PathVariable int number, Model model) {
        return page(code, number, model);
    }

    @PostMapping("/{number}/revise")
    String revise(
            @PathVariable String code,
            @PathVariable int number,
            @ModelAttribute("dossierForm") ProposeLevel f,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return step(
                code,
                number,
                errors,
                model,
                redirect,
                () -> management.revise(code, number, f.proposedLevel(), f.justification()));
    }

    @PostMapping("/{number}/submit")
    String submit(@PathVariable String code, @PathVariable int number, Model model, RedirectAttributes redirect) {
        return step(code, number, null, model, redirect, () -> management.submit(code, number));
    }

    @PostMapping("/{number}/appraise")
    String appraise(
            @PathVariable String code,
            @PathVariable int number,
            @ModelAttribute("appraiseForm") Appraise f,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return step(code, number, errors, model, redirect, () -> management.appraise(code, number, f.opinion()));
    }

    @PostMapping("/{number}/approve")
    String approve(
            @PathVariable String code,
            @PathVariable int number,
            @ModelAttribute("approveForm") Approve f,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return step(
                code,
                number,
                errors,
                model,
                redirect,
                () -> management.approve(code, number, f.decisionNumber(), f.decisionDate(), f.approverCode()));
    }

    @PostMapping("/{number}/return")
    String giveBack(
            @PathVariable String code,
            @PathVariable int number,
            @ModelAttribute("returnForm") GiveBack f,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return step(code, number, errors, model, redirect, () -> management.returnWith(code, number, f.reasons()));
    }

    @PostMapping("/{number}/withdraw")
    String withdraw(
            @PathVariable String code,
            @PathVariable int number,
            @ModelAttribute("withdrawForm") Withdraw f,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return step(code, number, errors, model, redirect, () -> management.withdraw(code, number, f.reason()));
    }

    @PostMapping("/{number}/attachments")
    String attach(
            @PathVariable String code,
            @PathVariable int number,
            @RequestParam("file") MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        try (var content = file.getInputStream()) {
            management.attach(code, number, file.getOriginalFilename(), content);
            redirect.addFlashAttribute("notice", "systems.attachment.added");
            return "redirect:/systems/" + code + "/dossiers/" + number;
        } catch (InvalidInputException e) {
            model.addAttribute("uploadProblem", e.problems().get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page(code, number, model);
    }

    /** Access is checked again on every download; the link is only a path, never a token. */
    @GetMapping("/{number}/attachments/{id}")
    ResponseEntity<StreamingResponseBody> download(
            @PathVariable String code, @PathVariable int number, @PathVariable UUID id) {
        var download = management.download(code, number, id);
        return Downloads.stream(download.fileName(), MediaType.parseMediaType(download.contentType()), out -> {
            try (var in = download.content().get()) {
                in.transferTo(out);
            }
        });
    }

    private String step(
            String code, int number, BindingResult errors, Model model, RedirectAttributes redirect, Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("notice", "systems.dossier.changed");
            return "redirect:/systems/" + code + "/dossiers/" + number;
        } catch (InvalidInputException e) {
            if (errors != null) {
                FormErrors.reject(errors, e);
            }
        } catch (ConflictException e) {
            model.addAttribute("problem", e.messageKey());
        }
        return page(code, number, model);
    }

    private String page(String code, int number, Model model) {
        var dossier = queries.one(code, number);
        model.addAttribute("system", systems.detail(code));
        model.addAttribute("dossier", dossier);
        model.addAttribute("advice", queries.advice(code, dossier.proposedLevel()));
        // an agency user records a decision of its own agency or of a ministry (a national body)
        model.addAttribute("agencies", choices.inScopeAnd(java.util.Set.of(AgencyKind.NATIONAL_BODY)));
        model.addAttribute(
                "approverName",
                dossier.decision() == null || dossier.decision().approverCode() == null
                        ? null
                        : agencies.namesOf(java.util.List.of(dossier.decision().approverCode()))
                                .get(dossier.decision().approverCode()));
        if (!model.containsAttribute("dossierForm")) {
            model.addAttribute("dossierForm", new ProposeLevel(dossier.proposedLevel(), dossier.justification()));
        }
        if (!model.containsAttribute("appraiseForm")) {
            model.addAttribute("appraiseForm", new Appraise(null));
        }
        if (!model.containsAttribute("approveForm")) {
            model.addAttribute("approveForm", new Approve(null, null, null));
        }
        if (!model.containsAttribute("withdrawForm")) {
            model.addAttribute("withdrawForm", new Withdraw(null));
        }
        if (!model.containsAttribute("returnForm")) {
            model.addAttribute("returnForm", new GiveBack(null));
        }
        return "systems/dossier";
    }
}
