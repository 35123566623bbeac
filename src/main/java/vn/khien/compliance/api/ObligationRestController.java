package vn.khien.compliance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.agencies.AgencyKind;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.application.ObligationFilter;
import vn.khien.compliance.application.ObligationQueries;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.compliance.application.WaiverManagement;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1/obligations")
@Tag(name = "Obligations", description = "What each agency and system owes under the policy packs, as of a day")
class ObligationRestController {

    private final ObligationQueries queries;
    private final WaiverManagement waivers;
    private final ObligationRecompute recompute;

    ObligationRestController(ObligationQueries queries, WaiverManagement waivers, ObligationRecompute recompute) {
        this.queries = queries;
        this.waivers = waivers;
        this.recompute = recompute;
    }

    @GetMapping
    @Operation(summary = "Obligations the caller may see, most urgent first; asOf evaluates the rules for that day")
    PageResponse<ObligationResponse> list(
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String system,
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) ObligationStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) AgencyKind kind,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var result =
                queries.list(new ObligationFilter(agency, system, rule, status, asOf, kind), Paging.of(page, size));
        return new PageResponse<>(
                result.items().stream().map(ObligationResponse::of).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @PostMapping("/recompute")
    @Operation(summary = "Coordinator: evaluate every obligation now, or only one agency's or system's (subject)")
    ObligationRecompute.Run recompute(@RequestParam(required = false) String subject) {
        return recompute.onDemand(subject);
    }

    @PostMapping("/waivers")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Coordinator: waive a subject's obligation under a rule until a day, with a reason")
    void waive(@RequestBody WaiverManagement.WaiverRequest request) {
        waivers.grant(request);
    }

    /** Why a waiver is withdrawn. */
    record RevokeRequest(String reason) {}

    @PostMapping("/waivers/{id}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Coordinator: withdraw a waiver before it expires, with a reason; it stops counting today")
    void revoke(@PathVariable long id, @RequestBody RevokeRequest request) {
        waivers.revoke(id, request.reason());
    }
}
