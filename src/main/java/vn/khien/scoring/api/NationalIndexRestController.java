package vn.khien.scoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.RestController;
import vn.khien.scoring.application.NationalIndexManagement;
import vn.khien.scoring.application.NationalIndexQueries;
import vn.khien.scoring.application.NationalIndexQueries.NationalResultView;
import vn.khien.scoring.application.NationalResultData;
import vn.khien.shared.PageResponse;

@RestController
@RequestMapping("/api/v1/scoring/national-index")
@Tag(name = "Scoring", description = "Criteria sets, campaigns, self-assessments, verification and publication")
class NationalIndexRestController {

    private final NationalIndexManagement management;
    private final NationalIndexQueries queries;

    NationalIndexRestController(NationalIndexManagement management, NationalIndexQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "The province's national assessment results, newest year first, with pillars and follow-up")
    PageResponse<NationalResultView> list() {
        List<NationalResultView> years = queries.index().years();
        return new PageResponse<>(years, 0, years.size(), years.size());
    }

    @GetMapping("/{year}")
    @Operation(summary = "One year's national assessment result")
    NationalResultView one(@PathVariable int year) {
        return queries.year(year);
    }

    @PutMapping("/{year}")
    @Operation(summary = "The coordinator records (or corrects) a year's national assessment result")
    NationalResultView record(@PathVariable int year, @RequestBody NationalResultData result) {
        management.record(result.forYear(year));
        return queries.year(year);
    }

    @PostMapping("/{year}/remediation-campaign")
    @Operation(summary = "The coordinator opens the remediation campaign (assessments) for the year's findings")
    ResponseEntity<Map<String, UUID>> openRemediation(@PathVariable int year) {
        UUID id = management.openRemediation(year);
        return ResponseEntity.created(URI.create("/assessments/campaigns/" + id))
                .body(Map.of("campaignId", id));
    }
}
