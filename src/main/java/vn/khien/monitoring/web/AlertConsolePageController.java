package vn.khien.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.monitoring.AlertSeverity;
import vn.khien.monitoring.application.AlertFilter;
import vn.khien.monitoring.application.AlertQueries;
import vn.khien.monitoring.application.IntakeQueries;
import vn.khien.monitoring.application.PromotionManagement;
import vn.khien.monitoring.application.SightingQueries;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.Paging;

/** The alert console: roll-ups with filters and a chart, refreshed live; raw alerts; promotion. */
@Controller
@RequestMapping("/monitoring")
class AlertConsolePageController {

    private final AlertQueries alerts;
    private final IntakeQueries intake;
    private final PromotionManagement promotion;
    private final SightingQueries sightings;
    private final Clock clock;

    AlertConsolePageController(
            AlertQueries alerts,
            IntakeQueries intake,
            PromotionManagement promotion,
            SightingQueries sightings,
            Clock clock) {
        this.alerts = alerts;
        this.sightings = sightings;
        this.intake = intake;
        this.promotion = promotion;
        this.clock = clock;
    }

    @GetMapping("/alerts")
    String console(Filter filter, @RequestParam(required = false) Integer page, Model model) {
        results(filter, page, model);
        model.addAttribute("severities", AlertSeverity.values());
        model.addAttribute("deadLetters", intake.deadLetterCount());
        return "monitoring/alerts";
    }

    /** The part htmx reloads every few seconds. */
    @GetMapping("/alerts/results")
    String results(Filter filter, @RequestParam(required = false) Integer page, Model model) {
        AlertFilter f = filter.toFilter(LocalDate.now(clock));
        model.addAttribute("filter", f);
        model.addAttribute("query", filter.query());
        model.addAttribute(
                "refresh", "/monitoring/alerts/results?" + filter.query() + (page == null ? "" : "&page=" + page));
        try {
            model.addAttribute("rollups", alerts.rollups(f, Paging.of(page, 50)));
            model.addAttribute("chart", HourlyChart.of(alerts.perHour(f), f.from(), f.to()));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("rollups", null);
        }
        return "monitoring/alerts :: results";
    }

    @GetMapping("/alerts/{id}")
    String rollup(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        var rollup = alerts.rollup(id);
        model.addAttribute("rollup", rollup);
        model.addAttribute("indicators", sightings.ofRollup(rollup));
        model.addAttribute("raw", alerts.raw(id, Paging.of(page, 20)));
        model.addAttribute("mayPromote", promotion.mayPromote());
        return "monitoring/rollup";
    }

    @PostMapping("/alerts/{id}/promote")
    String promote(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            promotion.promote(id, reason, clock.instant());
            redirect.addFlashAttribute("notice", "monitoring.promote.done");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("notice", "monitoring.promote.error.already");
        }
        return "redirect:/monitoring/alerts/" + id;
    }

    @GetMapping("/unassigned")
    String unassigned(@RequestParam(required = false) Integer page, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("targets", intake.unassigned(AlertFilter.lastDays(today, 30), Paging.of(page, 50)));
        return "monitoring/unassigned";
    }

    @GetMapping("/dead-letters")
    String deadLetters(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("letters", intake.deadLetters(Paging.of(page, 50)));
        return "monitoring/dead-letters";
    }

    /** The console's query parameters as bound from the URL. */
    record Filter(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            String agency,
            String system,
            AlertSeverity severity,
            String tool,
            String rule,
            String ip,
            Boolean unassigned) {

        AlertFilter toFilter(LocalDate today) {
            LocalDate end = to == null ? today : to;
            LocalDate start = from == null || from.isAfter(end) ? end.minusDays(1) : from;
            if (start.isBefore(end.minusDays(61))) {
                start = end.minusDays(61);
            }
            return new AlertFilter(
                    start, end, agency, system, severity, tool, rule, ip, Boolean.TRUE.equals(unassigned));
        }

        /** The filter as a query string, for the live refresh and the pager. */
        String query() {
            StringBuilder q = new StringBuilder();
            append(q, "from", from);
            append(q, "to", to);
            append(q, "agency", agency);
            append(q, "system", system);
            append(q, "severity", severity);
            append(q, "tool", tool);
            append(q, "rule", rule);
            append(q, "ip", ip);
            append(q, "unassigned", unassigned);
            return q.toString();
        }

        private static void append(StringBuilder q, String name, Object value) {
            if (value != null && !value.toString().isBlank()) {
                q.append(q.isEmpty() ? "" : "&")
                        .append(name)
                        .append('=')
                        .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
