package vn.khien.incidents.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khien.incidents.application.IncidentMetrics;

/** The incident dashboard: response times and clocks met, by month, agency or type, with a chart. */
@Controller
class IncidentDashboardPageController {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final IncidentMetrics metrics;

    IncidentDashboardPageController(IncidentMetrics metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/incidents/dashboard")
    String dashboard(@RequestParam(defaultValue = "month") String by, Model model) throws JsonProcessingException {
        var rows = metrics.by(by);
        model.addAttribute("by", by);
        model.addAttribute("rows", rows);
        // The chart script reads its data from an attribute: the page's CSP allows no inline script
        model.addAttribute(
                "chartData",
                JSON.writeValueAsString(Map.of(
                        "labels", rows.stream().map(IncidentMetrics.Row::key).toList(),
                        "incidents",
                                rows.stream()
                                        .map(IncidentMetrics.Row::incidents)
                                        .toList(),
                        "contain",
                                rows.stream()
                                        .map(r -> r.hoursToContain() == null ? 0 : r.hoursToContain())
                                        .toList())));
        return "incidents/dashboard";
    }
}
