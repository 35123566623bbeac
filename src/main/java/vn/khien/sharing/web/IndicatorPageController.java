package vn.khien.sharing.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khien.shared.Paging;
import vn.khien.sharing.application.IndicatorQueries;

/** A received indicator with its sightings in the province (who sees what: {@link IndicatorQueries}). */
@Controller
class IndicatorPageController {

    private final IndicatorQueries indicators;

    IndicatorPageController(IndicatorQueries indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/sharing/indicators/{indicatorId}")
    String indicator(@PathVariable String indicatorId, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("indicator", indicators.indicator(indicatorId));
        model.addAttribute("sightings", indicators.sightings(indicatorId, Paging.of(page, 50)));
        return "sharing/indicator";
    }
}
