package vn.khien.audit.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.audit.AuditTrail;
import vn.khien.audit.application.AuditFilter;
import vn.khien.audit.application.AuditQueries;
import vn.khien.shared.Paging;

/** The coordinator admin browses the audit trail and verifies its chain. */
@Controller
@RequestMapping("/admin/audit")
class AuditPageController {

    private final AuditQueries queries;
    private final AuditTrail trail;

    AuditPageController(AuditQueries queries, AuditTrail trail) {
        this.queries = queries;
        this.trail = trail;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
            @RequestParam(required = false) Integer page,
            Model model) {
        AuditFilter filter = new AuditFilter(actor, action, objectType, objectId, from, to);
        model.addAttribute("records", queries.list(filter, Paging.of(page, 50)));
        return "audit/records";
    }

    @PostMapping("/verify")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", trail.verify());
        return "redirect:/admin/audit";
    }
}
