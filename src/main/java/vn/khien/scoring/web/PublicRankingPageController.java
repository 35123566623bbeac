package vn.khien.scoring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
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
    private final RenderedPages pages;

    PublicRankingPageController(
            PublicRankings rankings, PublicScorecards scorecards, RankingCharts charts, RenderedPages pages) {
        this.rankings = rankings;
        this.scorecards = scorecards;
        this.charts = charts;
        this.pages = pages;
    }

    @GetMapping("/xep-hang")
    ResponseEntity<byte[]> latest(
            WebRequest request, HttpServletRequest servletRequest, HttpServletResponse response, Model model) {
        List<PublicRankings.PublicYear> years = rankings.years();
        if (years.isEmpty()) {
            Locale locale = LocaleContextHolder.getLocale();
            return pages.page(
                    "nothing-" + locale.getLanguage(),
                    "scoring/public",
                    model,
                    m -> m.addAttribute("years", years),
                    locale,
                    servletRequest,
                    response);
        }
        return year(years.get(0).year(), null, null, null, request, servletRequest, response, model);
    }

    @GetMapping("/xep-hang/{year:\\d{4}}")
    ResponseEntity<byte[]> year(
            @PathVariable int year,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) AgencyKind kind,
            @RequestParam(required = false) Integer page,
            WebRequest request,
            HttpServletRequest servletRequest,
            HttpServletResponse response,
            Model model) {
        var ranking = rankings.ranking(year, version)
                .orElseThrow(() -> new ObjectNotFoundException("ranking", String.valueOf(year)));
        String yearsTag = rankings.yearsTag();
        Paging paging = Paging.of(page, PAGE_SIZE);
        String shown = (kind == null ? "all" : kind.name()) + "-" + paging.page();
        String tag = tag(ranking.sha256() + "-" + yearsTag.substring(0, 12) + "-" + shown);
        if (notModified(tag, request, response)) {
            return null;
        }
        return pages.page(
                tag,
                "scoring/public",
                model,
                m -> m.addAttribute("years", rankings.years())
                        .addAttribute("ranking", ranking)
                        .addAttribute("kind", kind)
                        .addAttribute("rows", ranking.page(kind, paging))
                        .addAttribute("distribution", SvgCharts.distribution(charts.distribution(ranking)))
                        .addAttribute("trend", SvgCharts.trend(charts.trend(yearsTag))),
                LocaleContextHolder.getLocale(),
                servletRequest,
                response);
    }

    @GetMapping("/xep-hang/{year:\\d{4}}/{agencyCode}")
    ResponseEntity<byte[]> scorecard(
            @PathVariable int year,
            @PathVariable String agencyCode,
            @RequestParam(required = false) Integer version,
            WebRequest request,
            HttpServletRequest servletRequest,
            HttpServletResponse response,
            Model model) {
        var card = scorecards
                .scorecard(year, version, agencyCode)
                .orElseThrow(() -> new ObjectNotFoundException("scorecard", year + "/" + agencyCode));
        String tag = tag(card.ranking().sha256() + "-" + agencyCode);
        if (notModified(tag, request, response)) {
            return null;
        }
        return pages.page(
                tag,
                "scoring/public-scorecard",
                model,
                m -> m.addAttribute("card", card),
                LocaleContextHolder.getLocale(),
                servletRequest,
                response);
    }

    /** The tag of a page: what it shows and the visitor's language. */
    private static String tag(String shown) {
        return "\"" + shown + "-" + LocaleContextHolder.getLocale().getLanguage() + "\"";
    }

    private static boolean notModified(String tag, WebRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "private, no-cache");
        return request.checkNotModified(tag);
    }
}
