package vn.khien.registers.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.registers.AttestationKind;
import vn.khien.registers.AttestationStatus;
import vn.khien.registers.application.AttestationFilter;
import vn.khien.registers.application.AttestationManagement;
import vn.khien.registers.application.AttestationQueries;
import vn.khien.registers.application.AttestationRow;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1/attestations")
@Tag(name = "Attestations", description = "Attestations with evidence, accepted or rejected by the coordinator")
class AttestationRestController {

    private final AttestationManagement management;
    private final AttestationQueries queries;

    AttestationRestController(AttestationManagement management, AttestationQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    @GetMapping
    PageResponse<AttestationRow> list(
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) AttestationKind kind,
            @RequestParam(required = false) AttestationStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(new AttestationFilter(agency, kind, status), Paging.of(page, size));
    }

    @PostMapping
    ResponseEntity<AttestationRow> submit(@RequestBody Requests.AttestationRequest request) {
        long id = management.submit(request.toData());
        return ResponseEntity.created(URI.create("/api/v1/attestations/" + id)).body(queries.detail(id));
    }

    @GetMapping("/{id}")
    AttestationRow attestation(@PathVariable long id) {
        return queries.detail(id);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "The coordinator accepts or rejects (with a note) a submitted attestation")
    AttestationRow decide(@PathVariable long id, @RequestBody Requests.DecisionRequest request) {
        management.decide(id, Boolean.TRUE.equals(request.accept()), request.note());
        return queries.detail(id);
    }
}
