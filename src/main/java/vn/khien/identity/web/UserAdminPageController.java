package vn.khien.identity.web;

import jakarta.validation.Valid;
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
import vn.khien.identity.Role;
import vn.khien.identity.application.SecondFactors;
import vn.khien.identity.application.UserFilter;
import vn.khien.identity.application.UserManagement;
import vn.khien.identity.application.UserQueries;
import vn.khien.shared.FormErrors;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.Paging;
import vn.khien.shared.web.PageActions;

/** The coordinator admin's pages for accounts: list, create, edit, disable and enable, reset the second factor. */
@Controller
@RequestMapping("/admin/users")
class UserAdminPageController {

    private final UserManagement management;
    private final UserQueries queries;
    private final AgencyDirectory agencies;

    private final SecondFactors secondFactors;

    UserAdminPageController(
            UserManagement management, UserQueries queries, AgencyDirectory agencies, SecondFactors secondFactors) {
        this.management = management;
        this.queries = queries;
        this.agencies = agencies;
        this.secondFactors = secondFactors;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) Boolean enabled,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("users", queries.list(new UserFilter(q, role, agency, enabled), Paging.of(page, 50)));
        model.addAttribute("roles", Role.values());
        model.addAttribute("agencies", agencies.listActive());
        return "identity/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return showForm(model, UserForm.empty(), true);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                errors,
                () -> {
                    String username = management.create(form.toNewUser());
                    redirect.addFlashAttribute("notice", "identity.user.created");
                    return "redirect:/admin/users/" + username;
                },
                () -> showForm(model, form, true));
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        var user = queries.find(username).orElseThrow(() -> new ObjectNotFoundException("user", username));
        model.addAttribute("user", user);
        return showForm(model, UserForm.of(user), false);
    }

    @PostMapping("/{username}")
    String update(
            @PathVariable String username,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var user = queries.find(username).orElseThrow(() -> new ObjectNotFoundException("user", username));
        model.addAttribute("user", user);
        return FormErrors.submit(
                errors,
                () -> {
                    management.update(username, form.toChanges());
                    redirect.addFlashAttribute("notice", "identity.user.updated");
                    return "redirect:/admin/users/" + username;
                },
                () -> showForm(model, form, false));
    }

    @PostMapping("/{username}/disable")
    String disable(@PathVariable String username, RedirectAttributes redirect) {
        return changeState(username, redirect, () -> management.disable(username), "identity.user.disabled");
    }

    @PostMapping("/{username}/enable")
    String enable(@PathVariable String username, RedirectAttributes redirect) {
        return changeState(username, redirect, () -> management.enable(username), "identity.user.enabled");
    }

    /** For a user who lost the phone and the recovery codes: they enrol again. */
    @PostMapping("/{username}/second-factor/reset")
    String resetSecondFactor(@PathVariable String username, RedirectAttributes redirect) {
        return changeState(
                username, redirect, () -> secondFactors.reset(username), "identity.user.second-factor-reset");
    }

    private String changeState(String username, RedirectAttributes redirect, Runnable change, String notice) {
        return PageActions.perform("/admin/users/" + username, redirect, notice, change);
    }

    private String showForm(Model model, UserForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("roles", Role.values());
        model.addAttribute("agencies", agencies.listActive());
        return "identity/user-form";
    }
}
