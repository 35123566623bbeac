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
import vn.khien.registers.ExceptionStatus;
import vn.khien.registers.ItPlanKind;
import vn.khien.registers.application.ItPlanFilter;
import vn.khien.registers.application.ItPlanManagement;
import vn.khien.registers.application.ItPlanQueries;
import vn.khien.registers.application.ItPlanRow;
import vn.khien.registers.application.ItPlanView;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1/it-plans")
@Tag(name = "IT plans", description = "IT application plans and projects with their security budget share")
class ItPlanRestController {

    private final ItPlanManagement management;
    private final ItPlanQueries queries;

    ItPlanRestController(ItPlanManagement management, ItPlanQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Plans the caller may see; year matches plans covering it")
    PageResponse<ItPlanRow> list(
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) ItPlanKind kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) ExceptionStatus exception,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(new ItPlanFilter(agency, kind, year, exception, q), Paging.of(page, size));
    }

    @PostMapping
    @Operation(summary = "Record a plan or project; securityBudget alone records one unspecified line")
    ResponseEntity<ItPlanView> record(@RequestBody ItPlanRequest request) {
        long id = management.record(request.toData(request.agencyCode()));
        return ResponseEntity.created(URI.create("/api/v1/it-plans/" + id)).body(queries.detail(id));
    }

    @GetMapping("/{id}")
    ItPlanView plan(@PathVariable long id) {
        return queries.detail(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a plan's facts and budget lines (the agency cannot be changed)")
    ItPlanView revise(@PathVariable long id, @RequestBody ItPlanRequest request) {
        var plan = queries.detail(id);
        management.revise(id, request.toData(plan.plan().agencyCode()));
        return queries.detail(id);
    }

    @PostMapping("/{id}/exception")
    @Operation(summary = "Declare that the agency already has a compliant specialised security service")
    ItPlanView declare(@PathVariable long id, @RequestBody Requests.ExceptionRequest request) {
        management.declareException(id, request.reason(), request.evidence());
        return queries.detail(id);
    }

    @PostMapping("/{id}/exception/decision")
    @Operation(summary = "The coordinator accepts or rejects a declared exception (a rejection needs a note)")
    ItPlanView decide(@PathVariable long id, @RequestBody Requests.DecisionRequest request) {
        management.decideException(id, Boolean.TRUE.equals(request.accept()), request.note());
        return queries.detail(id);
    }
}
