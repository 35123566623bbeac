package vn.khien.registers.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import vn.khien.registers.CredentialStatus;
import vn.khien.registers.application.CredentialFilter;
import vn.khien.registers.application.CredentialManagement;
import vn.khien.registers.application.CredentialQueries;
import vn.khien.registers.application.CredentialRow;
import vn.khien.registers.application.CredentialView;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1/credentials")
@Tag(name = "Signing credentials", description = "USB tokens and specialised certificates (Decree 68/2024)")
class CredentialRestController {

    private final CredentialManagement management;
    private final CredentialQueries queries;

    CredentialRestController(CredentialManagement management, CredentialQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Credentials the caller may see; attention=true keeps expiring and flagged ones")
    PageResponse<CredentialRow> list(
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) CredentialStatus status,
            @RequestParam(required = false) Boolean attention,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(new CredentialFilter(agency, status, attention, q), Paging.of(page, size));
    }

    @PostMapping
    @Operation(summary = "Record a credential; an issued or renewed one must respect the validity limits")
    ResponseEntity<CredentialView> record(@RequestBody Requests.CredentialRequest request) {
        long id = management.record(request.toData(request.agencyCode()));
        return ResponseEntity.created(URI.create("/api/v1/credentials/" + id)).body(queries.detail(id));
    }

    @GetMapping("/{id}")
    CredentialView credential(@PathVariable long id) {
        return queries.detail(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a credential's facts (its status changes only through transitions)")
    CredentialView correct(@PathVariable long id, @RequestBody Requests.CredentialRequest request) {
        var current = queries.detail(id);
        management.correct(id, request.toData(current.credential().agencyCode()));
        return queries.detail(id);
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Move to another status on a date; suspension, revocation and loss need a reason")
    CredentialView transition(@PathVariable long id, @RequestBody Requests.TransitionRequest request) {
        management.transition(
                id, request.status(), request.on(), request.reason(), request.validFrom(), request.validTo());
        return queries.detail(id);
    }
}
