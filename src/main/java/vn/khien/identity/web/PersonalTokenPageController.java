package vn.khien.identity.web;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.identity.application.PersonalTokens;
import vn.khien.identity.application.PersonalTokens.Scope;
import vn.khien.identity.application.PersonalTokens.TokenRow;
import vn.khien.shared.InvalidInputException;

/**
 * Every person's own API tokens for their scripts, on their account page: issued here only (never through
 * the API, so a token cannot make more tokens), shown once on the answer page, never kept in the session.
 */
@Controller
@RequestMapping("/account/tokens")
class PersonalTokenPageController {

    private final PersonalTokens tokens;
    private final Clock clock;

    PersonalTokenPageController(PersonalTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A token as its owner sees it: never the token, only its first characters. */
    record TokenView(
            long id,
            String name,
            String prefix,
            String scopeKey,
            Instant issuedAt,
            Instant expiresAt,
            Instant lastUsedAt,
            String stateKey,
            boolean active) {

        static TokenView of(TokenRow row, Instant now) {
            boolean expired = row.expiresAt() != null && !row.expiresAt().isAfter(now);
            String state = row.revokedAt() != null ? "revoked" : expired ? "expired" : "active";
            return new TokenView(
                    row.id(),
                    row.name(),
                    row.prefix(),
                    "identity.personal-token.scope." + row.scope().name().toLowerCase(),
                    row.issuedAt(),
                    row.expiresAt(),
                    row.lastUsedAt(),
                    "identity.personal-token.state." + state,
                    state.equals("active"));
        }
    }

    @GetMapping
    String list(Model model) {
        Instant now = clock.instant();
        model.addAttribute(
                "tokens",
                tokens.mine().stream().map(row -> TokenView.of(row, now)).toList());
        model.addAttribute("scopes", Scope.values());
        return "identity/personal-tokens";
    }

    @PostMapping
    String issue(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer days,
            Model model) {
        try {
            model.addAttribute("issued", tokens.issue(name, scopeOf(scope), days));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("name", name);
        }
        return list(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("notice", "identity.personal-token.revoked");
        return "redirect:/account/tokens";
    }

    private static Scope scopeOf(String scope) {
        for (Scope each : Scope.values()) {
            if (each.name().equals(scope)) {
                return each;
            }
        }
        return null;
    }
}
