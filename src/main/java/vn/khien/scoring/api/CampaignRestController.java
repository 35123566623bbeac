package vn.khien.scoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.scoring.application.CampaignManagement;
import vn.khien.scoring.application.CampaignQueries;
import vn.khien.scoring.application.RankingPublication;
import vn.khien.scoring.application.SubmissionManagement;
import vn.khien.scoring.application.Views.Board;
import vn.khien.scoring.application.Views.CampaignView;
import vn.khien.scoring.application.Views.Scorecard;
import vn.khien.shared.PageResponse;

@RestController
@RequestMapping("/api/v1/scoring/campaigns")
@Tag(name = "Scoring", description = "Criteria sets, campaigns, self-assessments, verification and publication")
class CampaignRestController {

    private final CampaignManagement management;
    private final SubmissionManagement submissions;
    private final RankingPublication publication;
    private final CampaignQueries queries;

    CampaignRestController(
            CampaignManagement management,
            SubmissionManagement submissions,
            RankingPublication publication,
            CampaignQueries queries) {
        this.management = management;
        this.submissions = submissions;
        this.publication = publication;
        this.queries = queries;
    }

    @GetMapping
    PageResponse<CampaignView> list() {
        List<CampaignView> campaigns = queries.list();
        return new PageResponse<>(campaigns, 0, campaigns.size(), campaigns.size());
    }

    @PostMapping
    @Operation(summary = "The coordinator creates a campaign (state OPEN) for a year with the set's newest version")
    ResponseEntity<CampaignView> create(@RequestBody ScoringRequests.CampaignRequest request) {
        long id = management.create(request.toData());
        return ResponseEntity.created(URI.create("/api/v1/scoring/campaigns/" + id))
                .body(queries.campaign(id));
    }

    @GetMapping("/{id}")
    CampaignView campaign(@PathVariable long id) {
        return queries.campaign(id);
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "Opens the self-assessment until the closing date (inclusive)")
    CampaignView open(@PathVariable long id, @RequestBody ScoringRequests.OpenRequest request) {
        management.openSelfAssessment(id, request.closesOn());
        return queries.campaign(id);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Closes the self-assessment (from the closing date on) and starts verification")
    CampaignView close(@PathVariable long id) {
        management.closeSelfAssessment(id);
        return queries.campaign(id);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publishes version 1: scores, inputs and set frozen, hashed and audited")
    CampaignView publish(@PathVariable long id) {
        publication.publish(id);
        return queries.campaign(id);
    }

    @PostMapping("/{id}/corrections")
    @Operation(summary = "Publishes a corrected version with changed points and a reason")
    CampaignView correct(@PathVariable long id, @RequestBody ScoringRequests.CorrectionRequest request) {
        publication.correct(id, request.reason(), request.changes());
        return queries.campaign(id);
    }

    @PostMapping("/{id}/cancel")
    CampaignView cancel(@PathVariable long id) {
        management.cancel(id);
        return queries.campaign(id);
    }

    @GetMapping("/{id}/board")
    @Operation(summary = "The agencies the caller may see with score, grade and ranks (provisional until published)")
    Board board(@PathVariable long id) {
        return queries.board(id);
    }

    @GetMapping("/{id}/agencies/{agencyCode}")
    Scorecard scorecard(@PathVariable long id, @PathVariable String agencyCode) {
        return queries.scorecard(id, agencyCode);
    }

    @PutMapping("/{id}/agencies/{agencyCode}/submission")
    @Operation(summary = "The agency's self-assessment: answers by criterion code (YES/NO, level index, number)")
    Scorecard submit(
            @PathVariable long id,
            @PathVariable String agencyCode,
            @RequestBody ScoringRequests.SubmissionRequest request) {
        submissions.submit(id, agencyCode, request.answers());
        return queries.scorecard(id, agencyCode);
    }

    @PostMapping("/{id}/agencies/{agencyCode}/verifications")
    @Operation(summary = "The coordinator sets a self-assessed criterion's points with a reason (audited)")
    Scorecard verify(
            @PathVariable long id,
            @PathVariable String agencyCode,
            @RequestBody ScoringRequests.VerificationRequest request) {
        submissions.verify(id, agencyCode, request.criterionCode(), request.points(), request.reason());
        return queries.scorecard(id, agencyCode);
    }
}
