package vn.khien.identity.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.identity.application.ApiTokenManagement;
import vn.khien.identity.application.ApiTokenQueries;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1/api-tokens")
@Tag(name = "API tokens", description = "Machine credentials for alert intake; the token is shown once")
class ApiTokenRestController {

    private final ApiTokenManagement management;
    private final ApiTokenQueries queries;

    ApiTokenRestController(ApiTokenManagement management, ApiTokenQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    record IssueRequest(String organisationCode, String name) {}

    @PostMapping
    ResponseEntity<ApiTokenManagement.IssuedToken> issue(@RequestBody IssueRequest request) {
        var issued = management.issue(request.organisationCode(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/api-tokens/" + issued.id()))
                .body(issued);
    }

    @GetMapping
    PageResponse<ApiTokenQueries.ApiTokenRow> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        management.checkMayManage();
        return queries.list(Paging.of(page, size));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        management.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
