package vn.khien.compliance.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khien.agencies.AgencyKind;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.application.DashboardQueries;
import vn.khien.compliance.application.FourLayerQueries;
import vn.khien.compliance.application.ObligationFilter;
import vn.khien.compliance.application.ObligationQueries;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.identity.AccessPolicy;
import vn.khien.shared.Paging;
import vn.khien.sharing.NationalExchange;

/** The compliance dashboard and the list behind each of its figures. */
@Controller
@RequestMapping("/compliance")
class CompliancePageController {

    static final int TREND_DAYS = 366;

    private final ObligationQueries queries;
    private final ObligationRecompute recompute;
    private final FourLayerQueries layers;
    private final DashboardQueries dashboard;
    private final AccessPolicy access;
    private final NationalExchange exchange;
    private final Clock clock;

    CompliancePageController(
            ObligationQueries queries,
            ObligationRecompute recompute,
            FourLayerQueries layers,
            DashboardQueries dashboard,
            AccessPolicy access,
            NationalExchange exchange,
            Clock clock) {
        this.queries = queries;
        this.recompute = recompute;
        this.layers = layers;
        this.dashboard = dashboard;
        this.access = access;
        this.exchange = exchange;
        this.clock = clock;
    }

    @GetMapping
    String dashboard(
            @RequestParam(required = false) Integer layersPage,
            @RequestParam(required = false) Integer heatPage,
            @RequestParam(required = false) AgencyKind kind,
            @RequestParam(required = false) String q,
            Model model) {
        boolean province = access.currentScope().allAgencies();
        model.addAttribute("province", province);
        if (province) {
            var kinds = dashboard.byAgencyKind();
            model.addAttribute("headline", dashboard.headline(kinds));
            model.addAttribute("kinds", kinds);
            var heat = dashboard.heatMap(kind == null ? null : kind.name(), blank(q), Paging.of(heatPage, 20));
            model.addAttribute("heat", heat);
            model.addAttribute("heatTitles", queries.ruleTitles(heat.rules()));
            model.addAttribute("heatKind", kind);
            model.addAttribute("heatSearch", blank(q));
            model.addAttribute("trend", TrendChart.of(dashboard.trend(LocalDate.now(clock), TREND_DAYS)));
        }
        model.addAttribute("layers", layers.byAgency(Paging.of(layersPage, 20)));
        // layer 4 as it works, beside the systems' declared connection flag
        model.addAttribute("exchange", exchange.status());
        model.addAttribute("summary", queries.summary());
        model.addAttribute("statuses", ObligationStatus.values());
        model.addAttribute("evaluatedOn", recompute.evaluatedOn());
        var next = queries.list(ObligationFilter.inStatus(ObligationStatus.DUE_SOON), Paging.of(0, 10));
        var overdue = queries.list(ObligationFilter.inStatus(ObligationStatus.OVERDUE), Paging.of(0, 10));
        model.addAttribute("next", next);
        model.addAttribute("overdue", overdue);
        if (!province) {
            // what an agency does next: what it violates first, then the overdue, then what falls due soon
            var violated = queries.list(ObligationFilter.inStatus(ObligationStatus.VIOLATED), Paging.of(0, 10));
            model.addAttribute("violated", violated);
            model.addAttribute(
                    "steps",
                    java.util.stream.Stream.of(violated, overdue, next)
                            .flatMap(page -> page.items().stream())
                            .toList());
        }
        return "compliance/dashboard";
    }

    @GetMapping("/obligations")
    String obligations(
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String system,
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) ObligationStatus status,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf,
            @RequestParam(required = false) AgencyKind kind,
            @RequestParam(required = false) Integer page,
            Model model) {
        var filter = new ObligationFilter(blank(agency), blank(system), blank(rule), status, asOf, kind);
        model.addAttribute("filter", filter);
        model.addAttribute("agencyKinds", AgencyKind.values());
        model.addAttribute("statuses", ObligationStatus.values());
        model.addAttribute("evaluatedOn", recompute.evaluatedOn());
        model.addAttribute("result", queries.list(filter, Paging.of(page, null)));
        return "compliance/obligations";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
