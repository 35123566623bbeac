package vn.khien.compliance.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.khien.compliance.application.FourLayerQueries;
import vn.khien.compliance.application.ObligationFilter;
import vn.khien.compliance.application.ObligationQueries;
import vn.khien.identity.AccessPolicy;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.Paging;

/**
 * The compliance tab of an agency's and a system's page (loaded with htmx): the most urgent obligations
 * first, with where to act, and the agency's four layers; the full list is one link away. The lists are
 * scoped to the viewer as everywhere; an agency outside the viewer's scope answers 404.
 */
@Controller
@RequestMapping("/compliance")
class ComplianceTabController {

    /** The tab answers "what is wrong now": the rest is in the obligations list. */
    private static final int SHOWN = 10;

    private final ObligationQueries queries;
    private final FourLayerQueries layers;
    private final AccessPolicy access;

    ComplianceTabController(ObligationQueries queries, FourLayerQueries layers, AccessPolicy access) {
        this.queries = queries;
        this.layers = layers;
        this.access = access;
    }

    @GetMapping("/of-agency/{agencyCode}")
    String ofAgency(@PathVariable String agencyCode, Model model) {
        if (!access.currentScope().covers(agencyCode)) {
            throw new ObjectNotFoundException("agency", agencyCode);
        }
        model.addAttribute("agencyCode", agencyCode);
        model.addAttribute("layers", layers.ofAgency(agencyCode).orElse(null));
        model.addAttribute(
                "result",
                queries.list(new ObligationFilter(agencyCode, null, null, null, null, null), Paging.of(0, SHOWN)));
        return "compliance/tabs :: agency";
    }

    @GetMapping("/of-system/{systemCode}")
    String ofSystem(@PathVariable String systemCode, Model model) {
        model.addAttribute("systemCode", systemCode);
        model.addAttribute(
                "result",
                queries.list(new ObligationFilter(null, systemCode, null, null, null, null), Paging.of(0, SHOWN)));
        return "compliance/tabs :: system";
    }
}
