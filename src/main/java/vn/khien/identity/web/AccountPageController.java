package vn.khien.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.identity.application.UserManagement;
import vn.khien.identity.security.SignedInSession;
import vn.khien.shared.FormErrors;
import vn.khien.shared.InvalidInputException;

/** What every user does with their own account: change the password, choose the language. */
@Controller
class AccountPageController {

    private final UserManagement management;
    private final LocaleResolver localeResolver;
    private final SignedInSession session;

    AccountPageController(UserManagement management, LocaleResolver localeResolver, SignedInSession session) {
        this.management = management;
        this.localeResolver = localeResolver;
        this.session = session;
    }

    @GetMapping("/account/password")
    String passwordForm(@ModelAttribute("form") PasswordForm form) {
        return "identity/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!errors.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "identity.password.error.mismatch");
        }
        if (errors.hasErrors()) {
            return "identity/password";
        }
        try {
            management.changeOwnPassword(form.currentPassword(), form.newPassword());
            session.keepAfterPasswordChange(request, response);
        } catch (InvalidInputException e) {
            FormErrors.reject(errors, e);
            return "identity/password";
        }
        redirect.addFlashAttribute("notice", "identity.password.changed");
        return "redirect:/";
    }

    /** Switches the language and remembers it for the next sign-in. */
    @PostMapping("/account/language")
    String changeLanguage(
            @RequestParam("lang") String lang,
            @RequestParam(name = "back", defaultValue = "/") String back,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            management.preferLanguage(lang);
            localeResolver.setLocale(request, response, Locale.forLanguageTag(lang));
        } catch (InvalidInputException e) {
            // an unknown language leaves everything as it was
        }
        return "redirect:" + localPath(back);
    }

    /** Only paths on this site: a crafted link cannot send the user elsewhere. */
    private static String localPath(String back) {
        return back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
    }
}
