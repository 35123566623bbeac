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
import vn.khien.shared.ObjectNotFoundException;

/**
 * The public results page, without sign-in: the newest published year, or the year asked for. The page
 * depends on the visitor's language (kept in the session), so it is tagged per version and language and
 * kept by the browser only, revalidated each time (304 while nothing changed).
 */
@Controller
class PublicRankingPageController {

    private final PublicRankings rankings;

    PublicRankingPageController(PublicRankings rankings) {
        this.rankings = rankings;
    }

    @GetMapping("/xep-hang")
    String latest(WebRequest request, HttpServletResponse response, Model model) {
        List<PublicRankings.PublicYear> years = rankings.years();
        if (years.isEmpty()) {
            model.addAttribute("years", years);
            return "scoring/public";
        }
        return year(years.get(0).year(), null, request, response, model);
    }

    @GetMapping("/xep-hang/{year:\\d{4}}")
    String year(
            @PathVariable int year,
            @RequestParam(required = false) Integer version,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        var ranking = rankings.ranking(year, version)
                .orElseThrow(() -> new ObjectNotFoundException("ranking", String.valueOf(year)));
        Locale locale = LocaleContextHolder.getLocale();
        String tag = "\"" + ranking.sha256() + "-" + locale.getLanguage() + "-"
                + rankings.yearsTag().substring(0, 12) + "\"";
        response.setHeader("Cache-Control", "private, no-cache");
        if (request.checkNotModified(tag)) {
            return null;
        }
        model.addAttribute("years", rankings.years());
        model.addAttribute("ranking", ranking);
        model.addAttribute("kinds", AgencyKind.values());
        return "scoring/public";
    }
}
