package vn.khien.incidents.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.khien.incidents.ClassificationData;
import vn.khien.incidents.IncidentData;
import vn.khien.incidents.IncidentStatus;
import vn.khien.incidents.api.IncidentRequests.AnswerRequest;
import vn.khien.incidents.api.IncidentRequests.ClassificationRequest;
import vn.khien.incidents.api.IncidentRequests.CloseRequest;
import vn.khien.incidents.api.IncidentRequests.CommentRequest;
import vn.khien.incidents.api.IncidentRequests.IndicatorRequest;
import vn.khien.incidents.api.IncidentRequests.PartyRequest;
import vn.khien.incidents.api.IncidentRequests.PersonRequest;
import vn.khien.incidents.api.IncidentRequests.TaskRequest;
import vn.khien.incidents.api.IncidentRequests.TransitionRequest;
import vn.khien.incidents.application.CoordinationManagement;
import vn.khien.incidents.application.IncidentFilter;
import vn.khien.incidents.application.IncidentManagement;
import vn.khien.incidents.application.IncidentQueries;
import vn.khien.incidents.application.IncidentRow;
import vn.khien.incidents.application.IncidentView;
import vn.khien.incidents.application.SimilarIncident;
import vn.khien.incidents.application.SimilarIncidents;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents", description = "Intake, classification, response workflow, parties, tasks and clocks")
class IncidentRestController {

    private final IncidentManagement management;
    private final CoordinationManagement coordination;
    private final IncidentQueries queries;
    private final SimilarIncidents similar;

    IncidentRestController(
            IncidentManagement management,
            CoordinationManagement coordination,
            IncidentQueries queries,
            SimilarIncidents similar) {
        this.management = management;
        this.coordination = coordination;
        this.queries = queries;
        this.similar = similar;
    }

    @GetMapping
    @Operation(summary = "Incidents the caller may see, newest first")
    PageResponse<IncidentRow> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) IncidentStatus status,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String system,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(new IncidentFilter(q, status, agency, system, type), Paging.of(page, size));
    }

    @PostMapping
    @Operation(summary = "Report an incident; answers its reference (SC-yyyy-nnnnnn)")
    ResponseEntity<IncidentView> report(@Valid @RequestBody IncidentData request) {
        String reference = management.report(request);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + reference))
                .body(queries.detail(reference));
    }

    @GetMapping("/{reference}")
    IncidentView incident(@PathVariable String reference) {
        return queries.detail(reference);
    }

    @PostMapping("/{reference}/transitions")
    @Operation(summary = "VERIFY, CONTAIN, ERADICATE, RECOVER, REJECT (reason) or REOPEN (reason)")
    IncidentView move(@PathVariable String reference, @RequestBody TransitionRequest request) {
        if (request.action() == null) {
            throw new vn.khien.shared.InvalidInputException("action", "incidents.error.required");
        }
        management.move(reference, request.action(), request.reason());
        return queries.detail(reference);
    }

    @PostMapping("/{reference}/close")
    @Operation(summary = "Close a recovered incident with root cause, lessons learned and final report")
    IncidentView close(@PathVariable String reference, @RequestBody CloseRequest request) {
        management.close(reference, request.rootCause(), request.lessonsLearned(), request.finalReport());
        return queries.detail(reference);
    }

    @PutMapping("/{reference}/classification")
    IncidentView classify(@PathVariable String reference, @RequestBody ClassificationRequest r) {
        management.classify(
                reference,
                new ClassificationData(
                        r.type(),
                        r.severity(),
                        r.impact(),
                        r.tlp(),
                        r.pap(),
                        r.effects(),
                        Boolean.TRUE.equals(r.ownerCannotCope()),
                        Boolean.TRUE.equals(r.nationalCritical())));
        return queries.detail(reference);
    }

    @PostMapping("/{reference}/tasks")
    ResponseEntity<Map<String, UUID>> addTask(@PathVariable String reference, @RequestBody TaskRequest r) {
        UUID ref = coordination.addTask(reference, r.title(), r.owner(), r.partyKind(), r.dueOn());
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + reference))
                .body(Map.of("ref", ref));
    }

    @PostMapping("/{reference}/tasks/{task}/done")
    IncidentView completeTask(@PathVariable String reference, @PathVariable UUID task) {
        coordination.completeTask(reference, task);
        return queries.detail(reference);
    }

    @PostMapping("/{reference}/parties")
    ResponseEntity<Map<String, UUID>> addParty(@PathVariable String reference, @RequestBody PartyRequest r) {
        UUID ref =
                coordination.addParty(reference, r.kind(), r.organisationCode(), r.name(), r.clearedTlp(), r.asked());
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + reference))
                .body(Map.of("ref", ref));
    }

    @PostMapping("/{reference}/parties/{party}/answer")
    IncidentView answer(@PathVariable String reference, @PathVariable UUID party, @RequestBody AnswerRequest r) {
        coordination.recordAnswer(reference, party, r.answer());
        return queries.detail(reference);
    }

    @PostMapping("/{reference}/indicators")
    IncidentView addIndicator(@PathVariable String reference, @RequestBody IndicatorRequest r) {
        coordination.addIndicator(reference, r.kind(), r.value());
        return queries.detail(reference);
    }

    @PostMapping("/{reference}/comments")
    IncidentView comment(@PathVariable String reference, @RequestBody CommentRequest r) {
        coordination.comment(reference, r.text());
        return queries.detail(reference);
    }

    @PostMapping("/{reference}/responders")
    IncidentView assign(@PathVariable String reference, @RequestBody PersonRequest r) {
        coordination.assign(reference, r.username());
        return queries.detail(reference);
    }

    @PostMapping("/{reference}/viewers")
    @Operation(summary = "Name a person who may see the incident while it is TLP:RED")
    IncidentView nameViewer(@PathVariable String reference, @RequestBody PersonRequest r) {
        coordination.nameViewer(reference, r.username());
        return queries.detail(reference);
    }

    @PostMapping("/{reference}/clocks/{rule}/sent")
    @Operation(summary = "Record that the notice or report of a regulatory clock was sent now")
    IncidentView sent(@PathVariable String reference, @PathVariable String rule) {
        coordination.recordSent(reference, rule);
        return queries.detail(reference);
    }

    @PostMapping("/{reference}/files")
    ResponseEntity<Map<String, UUID>> attach(@PathVariable String reference, @RequestPart("file") MultipartFile file)
            throws IOException {
        UUID ref = coordination.attach(reference, file.getOriginalFilename(), file.getInputStream());
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + reference + "/files/" + ref))
                .body(Map.of("ref", ref));
    }

    @GetMapping("/{reference}/similar")
    @Operation(summary = "Other visible incidents sharing the system, an IP, a domain or a file hash")
    List<SimilarIncident> similar(@PathVariable String reference) {
        return similar.of(reference);
    }
}
