package vn.khien.scoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.scoring.application.CampaignQueries;
import vn.khien.scoring.application.CriteriaSetManagement;
import vn.khien.scoring.application.Views.CriteriaSetView;
import vn.khien.shared.PageResponse;

@RestController
@RequestMapping("/api/v1/scoring/criteria-sets")
@Tag(name = "Scoring", description = "Criteria sets, campaigns, self-assessments, verification and publication")
class CriteriaSetRestController {

    private final CampaignQueries queries;
    private final CriteriaSetManagement management;

    CriteriaSetRestController(CampaignQueries queries, CriteriaSetManagement management) {
        this.queries = queries;
        this.management = management;
    }

    @GetMapping
    @Operation(summary = "Every stored version of every criteria set, with criteria and formulas in words")
    PageResponse<CriteriaSetView> list() {
        List<CriteriaSetView> sets = queries.sets();
        return new PageResponse<>(sets, 0, sets.size(), sets.size());
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @Operation(summary = "The coordinator stores a set version from its YAML text; a version in use is frozen (409)")
    ResponseEntity<CriteriaSetManagement.StoredKey> store(@RequestBody String yaml) {
        var key = management.store(yaml);
        return ResponseEntity.created(
                        URI.create("/api/v1/scoring/criteria-sets?code=" + key.code() + "&version=" + key.version()))
                .body(key);
    }
}
