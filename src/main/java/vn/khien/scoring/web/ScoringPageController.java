package vn.khien.scoring.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.identity.AgencyChoices;
import vn.khien.scoring.application.CampaignBoard;
import vn.khien.scoring.application.CampaignManagement;
import vn.khien.scoring.application.CampaignQueries;
import vn.khien.scoring.application.NewCampaign;
import vn.khien.scoring.application.PointChange;
import vn.khien.scoring.application.RankingPublication;
import vn.khien.shared.FormErrors;
import vn.khien.shared.Paging;
import vn.khien.shared.web.PageActions;

/** The campaigns: the list (with the coordinator's new campaign form), each campaign's board and actions. */
@Controller
@RequestMapping("/scoring")
class ScoringPageController {

    private final CampaignManagement management;
    private final RankingPublication publication;
    private final CampaignQueries queries;
    private final AgencyChoices agencies;
    private final CampaignBoard progress;

    ScoringPageController(
            CampaignManagement management,
            RankingPublication publication,
            CampaignQueries queries,
            AgencyChoices agencies,
            CampaignBoard progress) {
        this.management = management;
        this.publication = publication;
        this.queries = queries;
        this.agencies = agencies;
        this.progress = progress;
    }

    record CampaignForm(String year, String setCode, String title, String cutOff) {}

    @GetMapping
    String list(Model model) {
        return list(model, new CampaignForm(null, null, null, null));
    }

    @PostMapping
    String create(@ModelAttribute("form") CampaignForm form, BindingResult errors, Model model) {
        return FormErrors.submit(
                errors,
                () -> {
                    long id = management.create(new NewCampaign(
                            Typed.year("year", form.year()),
                            form.setCode(),
                            form.title(),
                            Typed.date("cutOff", form.cutOff())));
                    return "redirect:/scoring/campaigns/" + id;
                },
                () -> list(model, form));
    }

    private String list(Model model, CampaignForm form) {
        model.addAttribute("campaigns", queries.list());
        boolean manage = queries.mayManage();
        model.addAttribute("mayManage", manage);
        model.addAttribute("sets", manage ? queries.sets() : List.of());
        model.addAttribute("form", form);
        return "scoring/campaigns";
    }

    /** The board: progress and grades, then one paged list — the ranking, who has not submitted, or the verification queue. */
    @GetMapping("/campaigns/{id}")
    String board(
            @PathVariable long id,
            @RequestParam(defaultValue = "ranking") String view,
            @RequestParam(required = false) Integer page,
            Model model) {
        var board = queries.board(id);
        var paging = Paging.of(page, null);
        String shown = List.of("late", "queue").contains(view) ? view : "ranking";
        model.addAttribute("board", board);
        model.addAttribute("progress", progress.progress(board));
        model.addAttribute("view", shown);
        model.addAttribute(
                "result",
                switch (shown) {
                    case "late" -> progress.late(board, paging);
                    case "queue" -> progress.queue(id, paging);
                    default -> progress.ranking(board, paging);
                });
        model.addAttribute("mayManage", queries.mayManage());
        model.addAttribute("ownAgencies", agencies.inScope());
        return "scoring/campaign";
    }

    @PostMapping("/campaigns/{id}/open")
    String open(@PathVariable long id, @RequestParam(required = false) String closesOn, RedirectAttributes redirect) {
        queries.campaign(id);
        return PageActions.perform(
                page(id),
                redirect,
                "scoring.notice.opened",
                () -> management.openSelfAssessment(id, Typed.date("closesOn", closesOn)));
    }

    @PostMapping("/campaigns/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        queries.campaign(id);
        return PageActions.perform(
                page(id), redirect, "scoring.notice.closed", () -> management.closeSelfAssessment(id));
    }

    @PostMapping("/campaigns/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        queries.campaign(id);
        return PageActions.perform(page(id), redirect, "scoring.notice.published", () -> publication.publish(id));
    }

    @PostMapping("/campaigns/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        queries.campaign(id);
        return PageActions.perform(page(id), redirect, "scoring.notice.cancelled", () -> management.cancel(id));
    }

    @PostMapping("/campaigns/{id}/corrections")
    String correct(
            @PathVariable long id,
            @RequestParam String agencyCode,
            @RequestParam String criterionCode,
            @RequestParam(required = false) String points,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        queries.campaign(id);
        return PageActions.perform(
                page(id) + "/agencies/" + agencyCode,
                redirect,
                "scoring.notice.corrected",
                () -> publication.correct(
                        id,
                        reason,
                        List.of(new PointChange(agencyCode, criterionCode, Typed.points("points", points)))));
    }

    private static String page(long id) {
        return "/scoring/campaigns/" + id;
    }
}
