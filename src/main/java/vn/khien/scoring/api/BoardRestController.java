package vn.khien.scoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.scoring.application.CampaignBoard;
import vn.khien.scoring.application.CampaignQueries;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1/scoring/campaigns/{id}/board")
@Tag(name = "Scoring")
class BoardRestController {

    private final CampaignQueries queries;
    private final CampaignBoard board;

    BoardRestController(CampaignQueries queries, CampaignBoard board) {
        this.queries = queries;
        this.board = board;
    }

    @GetMapping("/progress")
    @Operation(summary = "Agencies evaluated, submitted, late, due soon, days left and agencies per grade")
    CampaignBoard.Progress progress(@PathVariable long id) {
        return board.progress(queries.board(id));
    }

    @GetMapping("/late")
    @Operation(summary = "Agencies that have not submitted, the late first")
    PageResponse<CampaignBoard.Pending> late(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return board.late(queries.board(id), Paging.of(page, size));
    }

    @GetMapping("/queue")
    @Operation(summary = "Submitted agencies awaiting verification: answers without points, evidence asked for")
    PageResponse<CampaignBoard.Queued> queue(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        queries.campaign(id);
        return board.queue(id, Paging.of(page, size));
    }
}
