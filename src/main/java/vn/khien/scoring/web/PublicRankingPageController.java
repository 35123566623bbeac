package vn.khien.scoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import vn.khien.agencies.AgencyKind;
import vn.khien.scoring.application.PublicRankings;
import vn.khien.scoring.application.PublicScorecards;
import vn.khien.scoring.application.RankingCharts;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.Paging;

/**
 * The public results page, without sign-in: the newest published year, or the year asked for, with
 * its charts, and an agency's published scorecard. The pages depend on the visitor's language (kept
 * in the session), so they are tagged per version and language and kept by the browser only,
 * revalidated each time (304 while nothing changed).
 */
@Controller
class PublicRankingPageController {

    /** Rows per page: a province of 20,000 agencies is read page by page. */
    private static final int PAGE_SIZE = 100;

    private final PublicRankings rankings;
    private final PublicScorecards scorecards;
    private final RankingCharts charts;

    PublicRankingPageController(PublicRankings rankings, PublicScorecards scorecards, RankingCharts charts) {
        this.rankings = rankings;
        this.scorecards = scorecards;
        this.charts = charts;
    }

    @GetMapping("/xep-hang")
    String latest(WebRequest request, HttpServletResponse response, Model model) {
        List<PublicRankings.PublicYear> years = rankings.years();
        if (years.isEmpty()) {
            model.addAttribute("years", years);
            return "scoring/public";
        }
        return year(years.get(0).year(), null, null, null, request, response, model);
    }

    @GetMapping("/xep-hang/{year:\\d{4}}")
    String year(
            @PathVariable int year,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) AgencyKind kind,
            @RequestParam(required = false) Integer page,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        var ranking = rankings.ranking(year, version)
                .orElseThrow(() -> new ObjectNotFoundException("ranking", String.valueOf(year)));
        String yearsTag = rankings.yearsTag();
        Paging paging = Paging.of(page, PAGE_SIZE);
        String shown = (kind == null ? "all" : kind.name()) + "-" + paging.page();
        if (notModified(ranking.sha256() + "-" + yearsTag.substring(0, 12) + "-" + shown, request, response)) {
            return null;
        }
        model.addAttribute("years", rankings.years());
        model.addAttribute("ranking", ranking);
        model.addAttribute("kind", kind);
        model.addAttribute("rows", ranking.page(kind, paging));
        model.addAttribute("distribution", SvgCharts.distribution(charts.distribution(ranking)));
        model.addAttribute("trend", SvgCharts.trend(charts.trend(yearsTag)));
        return "scoring/public";
    }

    @GetMapping("/xep-hang/{year:\\d{4}}/{agencyCode}")
    String scorecard(
            @PathVariable int year,
            @PathVariable String agencyCode,
            @RequestParam(required = false) Integer version,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        var card = scorecards
                .scorecard(year, version, agencyCode)
                .orElseThrow(() -> new ObjectNotFoundException("scorecard", year + "/" + agencyCode));
        if (notModified(card.ranking().sha256() + "-" + agencyCode, request, response)) {
            return null;
        }
        model.addAttribute("card", card);
        return "scoring/public-scorecard";
    }

    private static boolean notModified(String version, WebRequest request, HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        response.setHeader("Cache-Control", "private, no-cache");
        return request.checkNotModified("\"" + version + "-" + locale.getLanguage() + "\"");
    }
}
