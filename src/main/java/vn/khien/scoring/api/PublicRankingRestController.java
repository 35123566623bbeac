package vn.khien.scoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.khien.scoring.application.PublicRankings;
import vn.khien.shared.ObjectNotFoundException;

/**
 * The published rankings without sign-in. Each answer is tagged with the published version's SHA-256
 * (a conditional request gets 304) and may be cached by anyone for five minutes: a correction shows
 * within that time.
 */
@RestController
@RequestMapping("/api/public/v1/rankings")
@Tag(name = "Public rankings", description = "The published yearly rankings, without sign-in")
class PublicRankingRestController {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final PublicRankings rankings;

    PublicRankingRestController(PublicRankings rankings) {
        this.rankings = rankings;
    }

    record Years(List<PublicRankings.PublicYear> items) {}

    @GetMapping
    @Operation(summary = "The published years with their versions (a correction is a new version)")
    ResponseEntity<Years> years(WebRequest request) {
        String tag = "\"" + rankings.yearsTag() + "\"";
        if (request.checkNotModified(tag)) {
            return ResponseEntity.status(304).eTag(tag).cacheControl(CACHE).build();
        }
        return ResponseEntity.ok().eTag(tag).cacheControl(CACHE).body(new Years(rankings.years()));
    }

    @GetMapping("/{year}")
    @Operation(summary = "The year's published ranking (newest version unless one is asked for); 404 if none")
    ResponseEntity<PublicRankings.PublicRanking> year(
            @PathVariable int year, @RequestParam(required = false) Integer version, WebRequest request) {
        var ranking = rankings.ranking(year, version)
                .orElseThrow(() -> new ObjectNotFoundException("ranking", String.valueOf(year)));
        String tag = "\"" + ranking.sha256() + "\"";
        if (request.checkNotModified(tag)) {
            return ResponseEntity.status(304).eTag(tag).cacheControl(CACHE).build();
        }
        return ResponseEntity.ok().eTag(tag).cacheControl(CACHE).body(ranking);
    }
}
