package vn.khien.audit.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import vn.khien.audit.application.AuditQueries;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.ObjectVisibility;
import vn.khien.shared.Paging;

/**
 * The "history" tab of any object page: its audit records, shown to whoever may see the object —
 * the module owning the object type decides, so an id guess answers 404 like the object itself.
 */
@Controller
class ObjectHistoryController {

    private final AuditQueries queries;
    private final List<ObjectVisibility> visibilities;

    ObjectHistoryController(AuditQueries queries, List<ObjectVisibility> visibilities) {
        this.queries = queries;
        this.visibilities = visibilities;
    }

    @GetMapping("/audit/history/{objectType}/{objectId}")
    String history(
            @PathVariable String objectType,
            @PathVariable String objectId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        boolean visible = visibilities.stream().anyMatch(v -> v.maySee(objectType, objectId));
        if (!visible) {
            throw new ObjectNotFoundException(objectType, objectId);
        }
        model.addAttribute("records", queries.history(objectType, objectId, Paging.of(0, 50)));
        model.addAttribute("objectType", objectType);
        model.addAttribute("objectId", objectId);
        // a tab loads the table into its page; a link opened on its own gets a whole page around it
        return htmx == null ? "audit/history-page" : "audit/history :: history";
    }
}
