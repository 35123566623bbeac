package vn.khien.agencies.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyStatus;
import vn.khien.agencies.application.AgencyFilter;
import vn.khien.agencies.application.AgencyFilter.AgencySort;
import vn.khien.agencies.application.AgencyListing;
import vn.khien.agencies.application.AgencyManagement;
import vn.khien.agencies.application.StatusChange;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies", description = "The registry of agencies and organisations, with their hierarchy")
class AgencyRestController {

    private final AgencyListing listing;
    private final AgencyManagement management;

    AgencyRestController(AgencyListing listing, AgencyManagement management) {
        this.listing = listing;
        this.management = management;
    }

    @GetMapping
    @Operation(summary = "Agencies visible to the caller; q searches code, name and short name without accents")
    PageResponse<AgencyResponse> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AgencyKind kind,
            @RequestParam(required = false) AgencyStatus status,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) AgencySort sort,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var result = listing.list(new AgencyFilter(q, kind, status, parent, sort), Paging.of(page, size));
        return new PageResponse<>(
                result.items().stream().map(AgencyResponse::of).toList(), result.page(), result.size(), result.total());
    }

    @GetMapping("/{code}")
    AgencyResponse agency(@PathVariable String code) {
        return AgencyResponse.of(listing.view(code));
    }

    @PostMapping
    @Operation(summary = "Register an agency (coordinator admin)")
    ResponseEntity<AgencyResponse> register(@Valid @RequestBody AgencyRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw new InvalidInputException("code", "agencies.error.required");
        }
        String code = request.code().strip();
        management.register(code, request.toData());
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + code)).body(agency(code));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Revise an agency; agency officers change only its address and website")
    AgencyResponse revise(@PathVariable String code, @Valid @RequestBody AgencyRequest request) {
        management.revise(code, request.toData());
        return agency(code);
    }

    @PostMapping("/{code}/status")
    @Operation(summary = "Merge (with successorCode), dissolve or reactivate an agency (coordinator admin)")
    AgencyResponse changeStatus(@PathVariable String code, @Valid @RequestBody StatusChange request) {
        management.changeStatus(code, request.status(), request.successorCode(), request.on());
        return agency(code);
    }
}
