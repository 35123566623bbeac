package vn.khien.agencies.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.agencies.FocalPointRole;
import vn.khien.agencies.application.FocalPointAttention;
import vn.khien.agencies.application.FocalPointManagement;
import vn.khien.agencies.application.FocalPointQueries;
import vn.khien.agencies.application.FocalPointView;
import vn.khien.shared.Listing;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Focal points", description = "Security focal units and 24/7 incident-response contacts, with history")
class FocalPointRestController {

    private final FocalPointManagement management;
    private final FocalPointQueries queries;

    FocalPointRestController(FocalPointManagement management, FocalPointQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    @GetMapping("/{code}/focal-points")
    @Operation(summary = "Every term of the agency's focal points, current ones first (current = no validTo)")
    PageResponse<FocalPointView> focalPoints(@PathVariable String code) {
        return Listing.whole(queries.of(code));
    }

    @PutMapping("/{code}/focal-points/{role}")
    @Operation(summary = "Appoint the focal point in a role; the current holder's term ends on validFrom")
    FocalPointView appoint(
            @PathVariable String code,
            @PathVariable FocalPointRole role,
            @Valid @RequestBody FocalPointRequest request) {
        management.appoint(code, role, request.toData());
        return current(code, role);
    }

    @PostMapping("/{code}/focal-points/{role}/confirmation")
    @Operation(summary = "Re-confirm that the current focal point is still valid")
    FocalPointView confirm(@PathVariable String code, @PathVariable FocalPointRole role) {
        management.confirm(code, role);
        return current(code, role);
    }

    @GetMapping("/focal-points/attention")
    @Operation(summary = "Agencies whose focal points are missing or overdue for re-confirmation")
    PageResponse<FocalPointAttention> attention(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.needingAttention(Paging.of(page, size));
    }

    private FocalPointView current(String code, FocalPointRole role) {
        return queries.of(code).stream()
                .filter(f -> f.role() == role && f.current())
                .findFirst()
                .orElseThrow();
    }
}
