package vn.khien.scoring.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.scoring.application.AnswerEvidence;
import vn.khien.scoring.application.CampaignQueries;
import vn.khien.scoring.application.SubmissionManagement;
import vn.khien.shared.web.PageActions;

/** An agency's scorecard in a campaign, with its self-assessment form and the coordinator's verification. */
@Controller
@RequestMapping("/scoring/campaigns/{id}/agencies/{agencyCode}")
class ScorecardPageController {

    /** Answer fields are named {@code answer.<criterion code>}. */
    private static final String ANSWER = "answer.";

    private final CampaignQueries queries;
    private final SubmissionManagement submissions;
    private final AnswerEvidence evidence;

    ScorecardPageController(CampaignQueries queries, SubmissionManagement submissions, AnswerEvidence evidence) {
        this.queries = queries;
        this.submissions = submissions;
        this.evidence = evidence;
    }

    @GetMapping
    String scorecard(@PathVariable long id, @PathVariable String agencyCode, Model model) {
        model.addAttribute("card", queries.scorecard(id, agencyCode));
        model.addAttribute("mayManage", queries.mayManage());
        model.addAttribute("evidence", evidence.of(id, agencyCode));
        return "scoring/scorecard";
    }

    @PostMapping("/submission")
    String submit(
            @PathVariable long id,
            @PathVariable String agencyCode,
            @RequestParam Map<String, String> fields,
            RedirectAttributes redirect) {
        Map<String, String> answers = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith(ANSWER)) {
                answers.put(name.substring(ANSWER.length()), value);
            }
        });
        return PageActions.perform(
                page(id, agencyCode),
                redirect,
                "scoring.notice.submitted",
                () -> submissions.submit(id, agencyCode, answers));
    }

    @PostMapping("/verification")
    String verify(
            @PathVariable long id,
            @PathVariable String agencyCode,
            @RequestParam String criterionCode,
            @RequestParam(required = false) String points,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return PageActions.perform(
                page(id, agencyCode),
                redirect,
                "scoring.notice.verified",
                () -> submissions.verify(id, agencyCode, criterionCode, Typed.points("points", points), reason));
    }

    static String page(long id, String agencyCode) {
        return "/scoring/campaigns/" + id + "/agencies/" + agencyCode;
    }
}
