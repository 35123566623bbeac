package vn.khien.scoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.khien.scoring.application.RankingExports;
import vn.khien.scoring.application.RankingExports.RankingFile;
import vn.khien.shared.web.Downloads;

/**
 * The coordinator's files of a published ranking, at the same place under the campaign's page (its
 * buttons) and the API; 404 while nothing is published. Both answer errors as problem details: a
 * download link has no page to re-show.
 */
@RestController
@RequestMapping({"/scoring/campaigns/{id}/exports", "/api/v1/scoring/campaigns/{id}/exports"})
@Tag(name = "Scoring")
class RankingExportRestController {

    private final RankingExports exports;

    RankingExportRestController(RankingExports exports) {
        this.exports = exports;
    }

    @GetMapping("/ranking.xlsx")
    @Operation(
            summary =
                    "The published ranking as XLSX: overall and one sheet per agency kind (newest version by default)")
    ResponseEntity<StreamingResponseBody> workbook(
            @PathVariable long id, @RequestParam(required = false) Integer version) {
        return send(exports.workbook(id, version), Downloads.XLSX);
    }

    @GetMapping("/decision.{format:docx|pdf}")
    @Operation(summary = "The draft decision of the People's Committee to publish the ranking (Decree 30/2020 layout)")
    ResponseEntity<StreamingResponseBody> decision(
            @PathVariable long id, @PathVariable String format, @RequestParam(required = false) Integer version) {
        boolean pdf = format.equals("pdf");
        return send(exports.decision(id, version, pdf), pdf ? MediaType.APPLICATION_PDF : Downloads.DOCX);
    }

    private static ResponseEntity<StreamingResponseBody> send(RankingFile file, MediaType type) {
        return Downloads.stream(file.filename(), type, file.content()::writeTo);
    }
}
