package vn.khien.systems.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.khien.shared.Listing;
import vn.khien.shared.PageResponse;
import vn.khien.shared.web.Downloads;
import vn.khien.systems.application.DossierManagement;
import vn.khien.systems.application.DossierQueries;
import vn.khien.systems.application.DossierView;
import vn.khien.systems.application.InventoryCommands.Appraise;
import vn.khien.systems.application.InventoryCommands.Approve;
import vn.khien.systems.application.InventoryCommands.GiveBack;
import vn.khien.systems.application.InventoryCommands.ProposeLevel;
import vn.khien.systems.application.InventoryCommands.Withdraw;

@RestController
@RequestMapping("/api/v1/systems/{code}/dossiers")
@Tag(name = "Level dossiers", description = "Draft, submit, appraise, approve or return a level dossier")
class DossierRestController {

    private final DossierManagement management;
    private final DossierQueries queries;

    DossierRestController(DossierManagement management, DossierQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    @GetMapping
    PageResponse<DossierView> list(@PathVariable String code) {
        return Listing.whole(queries.list(code));
    }

    @PostMapping
    @Operation(summary = "Start a dossier (409 while another one is open)")
    ResponseEntity<DossierView> create(@PathVariable String code, @RequestBody(required = false) ProposeLevel r) {
        int number =
                management.create(code, r == null ? null : r.proposedLevel(), r == null ? null : r.justification());
        return ResponseEntity.created(URI.create("/api/v1/systems/" + code + "/dossiers/" + number))
                .body(queries.one(code, number));
    }

    @GetMapping("/{number}")
    DossierView one(@PathVariable String code, @PathVariable int number) {
        return queries.one(code, number);
    }

    @PostMapping("/{number}/submit")
    DossierView submit(@PathVariable String code, @PathVariable int number) {
        management.submit(code, number);
        return queries.one(code, number);
    }

    @PostMapping("/{number}/appraise")
    DossierView appraise(@PathVariable String code, @PathVariable int number, @RequestBody Appraise r) {
        management.appraise(code, number, r.opinion());
        return queries.one(code, number);
    }

    @PostMapping("/{number}/approve")
    @Operation(summary = "Approve with the decision; sets the system's approved level")
    DossierView approve(@PathVariable String code, @PathVariable int number, @RequestBody Approve r) {
        management.approve(code, number, r.decisionNumber(), r.decisionDate(), r.approverCode());
        return queries.one(code, number);
    }

    @PostMapping("/{number}/return")
    DossierView giveBack(@PathVariable String code, @PathVariable int number, @RequestBody GiveBack r) {
        management.returnWith(code, number, r.reasons());
        return queries.one(code, number);
    }

    @PostMapping("/{number}/withdraw")
    @Operation(summary = "Withdraw a draft or returned dossier, with a reason; a new dossier may then start")
    DossierView withdraw(@PathVariable String code, @PathVariable int number, @RequestBody Withdraw r) {
        management.withdraw(code, number, r.reason());
        return queries.one(code, number);
    }

    @PostMapping(path = "/{number}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a PDF, DOCX or XLSX document (checked by content)")
    ResponseEntity<DossierView> attach(
            @PathVariable String code, @PathVariable int number, @RequestParam("file") MultipartFile file) {
        UUID id;
        try (var content = file.getInputStream()) {
            id = management.attach(code, number, file.getOriginalFilename(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.created(
                        URI.create("/api/v1/systems/" + code + "/dossiers/" + number + "/attachments/" + id))
                .body(queries.one(code, number));
    }

    @GetMapping("/{number}/attachments/{id}")
    ResponseEntity<StreamingResponseBody> download(
            @PathVariable String code, @PathVariable int number, @PathVariable UUID id) {
        var download = management.download(code, number, id);
        return Downloads.stream(download.fileName(), MediaType.parseMediaType(download.contentType()), out -> {
            try (var in = download.content().get()) {
                in.transferTo(out);
            }
        });
    }
}
