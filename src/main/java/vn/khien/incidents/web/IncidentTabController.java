package vn.khien.incidents.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.khien.incidents.application.IncidentFilter;
import vn.khien.incidents.application.IncidentQueries;
import vn.khien.shared.Paging;

/**
 * The incidents tab of an agency's and a system's page (loaded with htmx): the latest incidents the
 * viewer may see with their next regulatory deadline; the whole list is one link away. The query is
 * scoped to the viewer as the list is, so another agency's code shows nothing of it.
 */
@Controller
@RequestMapping("/incidents")
class IncidentTabController {

    private static final int SHOWN = 10;

    private final IncidentQueries queries;

    IncidentTabController(IncidentQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/of-agency/{agencyCode}")
    String ofAgency(@PathVariable String agencyCode, Model model, Locale locale) {
        return tab(new IncidentFilter(null, null, agencyCode, null, null), "agency", agencyCode, model, locale);
    }

    @GetMapping("/of-system/{systemCode}")
    String ofSystem(@PathVariable String systemCode, Model model, Locale locale) {
        return tab(new IncidentFilter(null, null, null, systemCode, null), "system", systemCode, model, locale);
    }

    private String tab(IncidentFilter filter, String by, String code, Model model, Locale locale) {
        model.addAttribute("incidents", queries.list(filter, Paging.of(0, SHOWN)));
        model.addAttribute("typeNames", queries.typeNames(locale));
        model.addAttribute("by", by);
        model.addAttribute("code", code);
        return "incidents/list :: tab";
    }
}
