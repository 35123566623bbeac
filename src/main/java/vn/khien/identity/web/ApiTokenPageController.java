package vn.khien.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.application.ApiTokenManagement;
import vn.khien.identity.application.ApiTokenQueries;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.Paging;

/** The coordinator issues and revokes API tokens; a new token is shown on the answer page only. */
@Controller
@RequestMapping("/admin/api-tokens")
class ApiTokenPageController {

    private final ApiTokenManagement management;
    private final ApiTokenQueries queries;
    private final AgencyDirectory agencies;

    ApiTokenPageController(ApiTokenManagement management, ApiTokenQueries queries, AgencyDirectory agencies) {
        this.management = management;
        this.queries = queries;
        this.agencies = agencies;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("tokens", queries.list(Paging.of(page, 50)));
        model.addAttribute("organisations", agencies.listActive());
        return "identity/api-tokens";
    }

    @PostMapping
    String issue(@RequestParam String organisationCode, @RequestParam String name, Model model) {
        try {
            model.addAttribute("issued", management.issue(organisationCode, name));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("name", name);
        }
        return list(null, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        management.revoke(id);
        redirect.addFlashAttribute("notice", "identity.token.revoked");
        return "redirect:/admin/api-tokens";
    }
}
