package vn.khien.registers.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencyKind;
import vn.khien.registers.application.DomesticProducts;
import vn.khien.registers.application.TelecomMeasureQueries;
import vn.khien.registers.application.TodoQueries;

/** The registers' overview (to-do counts over the user's scope) and an agency's to-do list (agency tab). */
@Controller
@RequestMapping("/registers")
class RegisterPageController {

    private final TodoQueries todo;
    private final TelecomMeasureQueries telecom;
    private final DomesticProducts products;
    private final AgencyDirectory agencies;

    RegisterPageController(
            TodoQueries todo, TelecomMeasureQueries telecom, DomesticProducts products, AgencyDirectory agencies) {
        this.todo = todo;
        this.telecom = telecom;
        this.products = products;
        this.agencies = agencies;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("counts", todo.counts(null));
        return "registers/overview";
    }

    /** Loaded with htmx into the agency page's registers tab. */
    @GetMapping("/of-agency/{agencyCode}")
    String ofAgency(@PathVariable String agencyCode, Model model) {
        model.addAttribute("todo", todo.forAgency(agencyCode));
        model.addAttribute("measures", telecom.of(agencyCode));
        boolean operator = agencies.find(agencyCode)
                .filter(a -> a.kind() == AgencyKind.TELECOM_OPERATOR)
                .isPresent();
        model.addAttribute("agencyCode", agencyCode);
        model.addAttribute("telecomOperator", operator);
        model.addAttribute("mayEditTelecom", operator && telecom.mayEdit(agencyCode));
        model.addAttribute("products", products.of(agencyCode));
        return "registers/agency :: todo";
    }
}
