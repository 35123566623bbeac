package vn.khien.compliance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.compliance.AuthorityHolder;
import vn.khien.compliance.AuthorityRole;
import vn.khien.compliance.application.AuthorityRegister;
import vn.khien.shared.Listing;
import vn.khien.shared.PageResponse;

@RestController
@RequestMapping("/api/v1/authorities")
@Tag(name = "Authorities", description = "Who holds each legal role (coordinator, report recipient, …) on a day")
class AuthorityRestController {

    /** A new holder of a role from a day; the current holder's term ends the day before. */
    record AssignmentRequest(
            AuthorityRole role, String organisationCode, String organisationName, LocalDate validFrom, String note) {}

    private final AuthorityRegister register;
    private final Clock clock;

    AuthorityRestController(AuthorityRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The holder of every role on a day (today by default)")
    PageResponse<AuthorityHolder> holders(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return Listing.whole(register.holdersOn(asOf == null ? LocalDate.now(clock) : asOf));
    }

    @GetMapping("/history")
    @Operation(summary = "Every holder of every role, newest first")
    PageResponse<AuthorityHolder> history() {
        List<AuthorityHolder> all = register.history();
        return Listing.whole(all);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Coordinator: record a new holder of a role from a day")
    void assign(@RequestBody AssignmentRequest request) {
        register.assign(
                request.role(),
                request.organisationCode(),
                request.organisationName(),
                request.validFrom(),
                request.note());
    }
}
