package vn.khien.compliance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.application.CalendarQueries;
import vn.khien.compliance.application.CalendarQueries.CalendarFilter;
import vn.khien.compliance.application.CalendarSubscriptions;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.shared.Paging;

/** Deadlines by month (a grid) or as a list, and the user's private calendar feed. */
@Controller
@RequestMapping("/compliance/calendar")
class CalendarPageController {

    private final CalendarQueries calendar;
    private final CalendarSubscriptions subscriptions;
    private final ObligationRecompute recompute;
    private final Clock clock;

    CalendarPageController(
            CalendarQueries calendar, CalendarSubscriptions subscriptions, ObligationRecompute recompute, Clock clock) {
        this.calendar = calendar;
        this.subscriptions = subscriptions;
        this.recompute = recompute;
        this.clock = clock;
    }

    @GetMapping
    String calendar(
            @RequestParam(defaultValue = "month") String view,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) ObligationStatus status,
            @RequestParam(required = false) Integer page,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        YearMonth shown = day != null ? YearMonth.from(day) : month(month, today);
        boolean list = "list".equals(view) || day != null;
        var filter = new CalendarFilter(shown, day, blank(agency), blank(rule), status);
        model.addAttribute("filter", filter);
        model.addAttribute("view", list ? "list" : "month");
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("statuses", ObligationStatus.values());
        model.addAttribute("agencies", calendar.agencyChoices());
        model.addAttribute("evaluatedOn", recompute.evaluatedOn());
        if (list) {
            model.addAttribute("result", calendar.list(filter, Paging.of(page, null)));
        } else {
            model.addAttribute("grid", MonthGrid.of(shown, calendar.month(filter), today));
        }
        model.addAttribute("subscription", subscriptions.current().orElse(null));
        return "compliance/calendar";
    }

    /** Creates the feed, or replaces it (the old address stops working); the address is shown once. */
    @PostMapping("/subscription")
    String subscribe(RedirectAttributes redirect) {
        String token = subscriptions.create();
        redirect.addFlashAttribute(
                "feedUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/calendar/{token}.ics")
                        .buildAndExpand(token)
                        .toUriString());
        redirect.addFlashAttribute("notice", "compliance.calendar.subscription.created");
        return "redirect:/compliance/calendar";
    }

    @PostMapping("/subscription/revoke")
    String revoke(RedirectAttributes redirect) {
        subscriptions.revoke();
        redirect.addFlashAttribute("notice", "compliance.calendar.subscription.revoked");
        return "redirect:/compliance/calendar";
    }

    /** An unreadable month shows the current one rather than an error: it only comes from a link. */
    private static YearMonth month(String month, LocalDate today) {
        try {
            return month == null || month.isBlank() ? YearMonth.from(today) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return YearMonth.from(today);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
