package vn.khien.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.identity.application.SecondFactors;
import vn.khien.identity.security.SecondFactorSignIn;
import vn.khien.identity.security.SecondFactorSignIn.Outcome;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/**
 * The second factor's pages (issue 22): the code after the password, the confirmation before a
 * sensitive action, and the account's authenticator (enrol with a QR code, recovery codes, disable where
 * optional). Recovery codes are rendered in the answer to the POST that made them, never kept.
 */
@Controller
class SecondFactorPageController {

    private final SecondFactors secondFactors;
    private final SecondFactorSignIn signIn;

    SecondFactorPageController(SecondFactors secondFactors, SecondFactorSignIn signIn) {
        this.secondFactors = secondFactors;
        this.signIn = signIn;
    }

    @GetMapping("/login/code")
    String codeForm(Model model) {
        return codePage(model, "code", false);
    }

    @PostMapping("/login/code")
    String code(
            @RequestParam(name = "code", defaultValue = "") String code,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        return answer(signIn.code(code, request, response), model, "code", request);
    }

    @GetMapping("/login/confirm")
    String confirmForm(Model model) {
        return codePage(model, "confirm", false);
    }

    @PostMapping("/login/confirm")
    String confirm(
            @RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "password", required = false) String password,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Outcome outcome = secondFactors.standing().enrolled()
                ? signIn.code(code, request, response)
                : signIn.password(password, request, response);
        return answer(outcome, model, "confirm", request);
    }

    @GetMapping("/account/second-factor")
    String account(Model model) {
        SecondFactors.Standing standing = secondFactors.standing();
        model.addAttribute("standing", standing);
        if (!standing.enrolled()) {
            SecondFactors.Enrolment enrolment = secondFactors.enrolment();
            model.addAttribute("secret", grouped(enrolment.secret()));
            model.addAttribute("qrCode", QrCode.svgDataUri(enrolment.link()));
        }
        return "identity/second-factor";
    }

    @PostMapping("/account/second-factor/confirm")
    String confirmEnrolment(
            @RequestParam(name = "code", defaultValue = "") String code,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        List<String> recoveryCodes;
        try {
            recoveryCodes = secondFactors.confirmEnrolment(code);
        } catch (InvalidInputException e) {
            model.addAttribute("codeError", "identity.second-factor.error.wrong-code");
            return account(model);
        } catch (ConflictException e) {
            return "redirect:/account/second-factor";
        }
        // the code just proved the authenticator: the session has its second factor from now
        signIn.enrolled(request, response);
        return recoveryCodes(model, recoveryCodes, signIn.continueTarget(request));
    }

    @PostMapping("/account/second-factor/recovery-codes")
    String regenerate(Model model) {
        return recoveryCodes(model, secondFactors.regenerateRecoveryCodes(), "/account/second-factor");
    }

    @PostMapping("/account/second-factor/disable")
    String disable(RedirectAttributes redirect) {
        secondFactors.disable();
        redirect.addFlashAttribute("notice", "identity.second-factor.disabled");
        return "redirect:/account/second-factor";
    }

    private String answer(Outcome outcome, Model model, String mode, HttpServletRequest request) {
        return switch (outcome) {
            case PASSED -> "redirect:" + signIn.continueTarget(request);
            case WRONG -> codePage(model, mode, true);
            case ABANDONED -> "redirect:/login?locked";
        };
    }

    private String codePage(Model model, String mode, boolean wrong) {
        model.addAttribute("mode", mode);
        model.addAttribute(
                "askCode", !"confirm".equals(mode) || secondFactors.standing().enrolled());
        model.addAttribute("wrong", wrong);
        return "identity/second-factor-code";
    }

    private static String recoveryCodes(Model model, List<String> codes, String next) {
        model.addAttribute("recoveryCodes", codes);
        model.addAttribute("next", next);
        return "identity/recovery-codes";
    }

    /** Groups of four, as authenticator apps show a secret for typing. */
    private static String grouped(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }
}
