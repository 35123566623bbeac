package vn.khien.agencies.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.agencies.AppointmentData;
import vn.khien.agencies.FocalPointRole;
import vn.khien.agencies.application.AccountableHeadQueries;
import vn.khien.agencies.application.FocalPointAttention;
import vn.khien.agencies.application.FocalPointManagement;
import vn.khien.agencies.application.FocalPointQueries;
import vn.khien.agencies.application.FocalPointView;
import vn.khien.shared.Listing;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(
        name = "Focal points",
        description = "The agency's head, security focal unit and 24/7 incident-response contact, with history")
class FocalPointRestController {

    private final FocalPointManagement management;
    private final FocalPointQueries queries;
    private final AccountableHeadQueries heads;
    private final MessageSource messages;
    private final Clock clock;

    FocalPointRestController(
            FocalPointManagement management,
            FocalPointQueries queries,
            AccountableHeadQueries heads,
            MessageSource messages,
            Clock clock) {
        this.management = management;
        this.queries = queries;
        this.heads = heads;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/{code}/focal-points")
    @Operation(summary = "Every term of the agency's focal points, current ones first (current = no validTo)")
    PageResponse<FocalPointView> focalPoints(@PathVariable String code) {
        return Listing.whole(queries.of(code));
    }

    @GetMapping("/{code}/head")
    @Operation(summary = "The agency's accountable head on a day (default today); recorded=false when none is recorded")
    HeadResponse head(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Locale locale) {
        LocalDate day = on != null ? on : LocalDate.now(clock);
        return HeadResponse.of(
                code, day, heads.visibleOn(code, day), messages.getMessage("agencies.head.none", null, locale));
    }

    @PutMapping("/{code}/focal-points/{role}")
    @Operation(summary = "Appoint the focal point in a role; the current holder's term ends on validFrom")
    FocalPointView appoint(
            @PathVariable String code, @PathVariable FocalPointRole role, @Valid @RequestBody AppointmentData request) {
        management.appoint(code, role, request);
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
