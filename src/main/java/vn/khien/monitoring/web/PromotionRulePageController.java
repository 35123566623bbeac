package vn.khien.monitoring.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.monitoring.AlertSeverity;
import vn.khien.monitoring.application.PromotionRules;
import vn.khien.shared.InvalidInputException;

/** The coordinator's promotion rules: listed, created and changed in one page. */
@Controller
@RequestMapping("/monitoring/rules")
class PromotionRulePageController {

    private final PromotionRules rules;

    PromotionRulePageController(PromotionRules rules) {
        this.rules = rules;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rules", rules.list());
        model.addAttribute("severities", AlertSeverity.values());
        return "monitoring/rules";
    }

    @PostMapping
    String save(
            @RequestParam(required = false) Long id,
            @RequestParam String name,
            @RequestParam AlertSeverity minSeverity,
            @RequestParam(required = false) Integer minLevel,
            @RequestParam int minCount,
            @RequestParam int windowMinutes,
            @RequestParam(defaultValue = "false") boolean enabled,
            Model model,
            RedirectAttributes redirect) {
        try {
            rules.save(new PromotionRules.Rule(id, name, minSeverity, minLevel, minCount, windowMinutes, enabled));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return list(model);
        }
        redirect.addFlashAttribute("notice", "monitoring.rule.saved");
        return "redirect:/monitoring/rules";
    }
}
