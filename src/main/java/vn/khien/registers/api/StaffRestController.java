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
import vn.khien.registers.SecurityRole;
import vn.khien.registers.application.StaffFilter;
import vn.khien.registers.application.StaffManagement;
import vn.khien.registers.application.StaffQueries;
import vn.khien.registers.application.StaffRow;
import vn.khien.registers.application.StaffView;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Security workforce", description = "Staff in security roles, qualifications, training hours, leavers")
class StaffRestController {

    private final StaffManagement management;
    private final StaffQueries queries;

    StaffRestController(StaffManagement management, StaffQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "People the caller may see with training hours of the year against the target")
    PageResponse<StaffRow> list(
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) SecurityRole role,
            @RequestParam(required = false) Boolean leavers,
            @RequestParam(required = false) Boolean belowTarget,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(new StaffFilter(agency, role, leavers, belowTarget, year, q), Paging.of(page, size));
    }

    @PostMapping
    ResponseEntity<StaffView> record(@RequestBody Requests.StaffRequest request) {
        long id = management.record(request.toData(request.agencyCode()));
        return ResponseEntity.created(URI.create("/api/v1/staff/" + id)).body(queries.detail(id));
    }

    @GetMapping("/{id}")
    StaffView person(@PathVariable long id) {
        return queries.detail(id);
    }

    @PutMapping("/{id}")
    StaffView update(@PathVariable long id, @RequestBody Requests.StaffRequest request) {
        var current = queries.detail(id);
        management.update(id, request.toData(current.staff().agencyCode()));
        return queries.detail(id);
    }

    @PostMapping("/{id}/qualifications")
    StaffView qualification(@PathVariable long id, @RequestBody Requests.QualificationRequest r) {
        management.addQualification(id, r.name(), r.issuer(), r.obtainedOn(), r.expiresOn());
        return queries.detail(id);
    }

    @PostMapping("/{id}/trainings")
    StaffView training(@PathVariable long id, @RequestBody Requests.TrainingRequest r) {
        management.addTraining(id, r.course(), r.provider(), r.hours(), r.attendedOn());
        return queries.detail(id);
    }

    @PostMapping("/{id}/leave")
    @Operation(summary = "The person left on a date; their active credentials are flagged for revocation")
    StaffView leave(@PathVariable long id, @RequestBody Requests.LeaveRequest request) {
        management.leave(id, request.leftOn());
        return queries.detail(id);
    }
}
