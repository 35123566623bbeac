package vn.khien.audit.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.audit.AuditTrail;
import vn.khien.audit.ChainVerification;
import vn.khien.audit.application.AuditFilter;
import vn.khien.audit.application.AuditQueries;
import vn.khien.audit.application.AuditRow;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The hash-chained audit trail")
class AuditRestController {

    private final AuditQueries queries;
    private final AuditTrail trail;

    AuditRestController(AuditQueries queries, AuditTrail trail) {
        this.queries = queries;
        this.trail = trail;
    }

    @GetMapping
    PageResponse<AuditRow> list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(new AuditFilter(actor, action, objectType, objectId, from, to), Paging.of(page, size));
    }

    /** Walks the whole chain and reports the first broken link, if any. */
    @PostMapping("/verify")
    ChainVerification verify() {
        return trail.verify();
    }
}
