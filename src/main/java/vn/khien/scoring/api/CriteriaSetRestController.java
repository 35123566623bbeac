package vn.khien.scoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import vn.khien.scoring.application.CampaignQueries;
import vn.khien.scoring.application.CriteriaSetFiles;
import vn.khien.scoring.application.CriteriaSetManagement;
import vn.khien.scoring.application.CriteriaSetQueries;
import vn.khien.scoring.application.Views.CriteriaSetView;
import vn.khien.shared.PageResponse;
import vn.khien.shared.web.Downloads;

@RestController
@RequestMapping("/api/v1/scoring/criteria-sets")
@Tag(name = "Scoring", description = "Criteria sets, campaigns, self-assessments, verification and publication")
class CriteriaSetRestController {

    private final CampaignQueries queries;
    private final CriteriaSetQueries sets;
    private final CriteriaSetManagement management;
    private final CriteriaSetFiles files;

    CriteriaSetRestController(
            CampaignQueries queries,
            CriteriaSetQueries sets,
            CriteriaSetManagement management,
            CriteriaSetFiles files) {
        this.queries = queries;
        this.sets = sets;
        this.management = management;
        this.files = files;
    }

    record CopyRequest(Integer yearFrom) {}

    @GetMapping
    @Operation(summary = "Every stored version of every criteria set, with criteria and formulas in words")
    PageResponse<CriteriaSetView> list() {
        List<CriteriaSetView> sets = queries.sets();
        return new PageResponse<>(sets, 0, sets.size(), sets.size());
    }

    @GetMapping("/{code}/{version}")
    @Operation(summary = "One version of a set, with criteria and formulas in words")
    CriteriaSetView one(@PathVariable String code, @PathVariable int version) {
        return sets.view(code, version);
    }

    @GetMapping("/{code}/{version}/xlsx")
    @Operation(summary = "The coordinator downloads a version as an XLSX workbook (general, criteria, grades)")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @PathVariable int version) {
        var workbook = files.export(code, version);
        return Downloads.bytes(workbook.filename(), Downloads.XLSX, workbook.bytes());
    }

    @PostMapping(consumes = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(
            summary = "The coordinator stores a whole set from an XLSX workbook; problems by sheet and cell (400),"
                    + " nothing stored; a frozen version 409")
    ResponseEntity<CriteriaSetManagement.StoredKey> importXlsx(InputStream body) {
        return created(files.importXlsx(body));
    }

    @PostMapping("/{code}/{version}/copies")
    @Operation(
            summary = "The coordinator copies a version into the code's next version, a draft applying from yearFrom")
    ResponseEntity<CriteriaSetManagement.StoredKey> copy(
            @PathVariable String code, @PathVariable int version, @RequestBody CopyRequest request) {
        return created(management.copy(code, version, request.yearFrom()));
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @Operation(summary = "The coordinator stores a set version from its YAML text; a version in use is frozen (409)")
    ResponseEntity<CriteriaSetManagement.StoredKey> store(@RequestBody String yaml) {
        return created(management.store(yaml));
    }

    static ResponseEntity<CriteriaSetManagement.StoredKey> created(CriteriaSetManagement.StoredKey key) {
        return ResponseEntity.created(URI.create("/api/v1/scoring/criteria-sets/"
                        + UriUtils.encodePathSegment(key.code(), StandardCharsets.UTF_8) + "/" + key.version()))
                .body(key);
    }
}
