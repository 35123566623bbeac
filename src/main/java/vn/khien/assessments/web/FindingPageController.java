package vn.khien.assessments.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.assessments.FindingStatus;
import vn.khien.assessments.Severity;
import vn.khien.assessments.application.EvidenceFiles;
import vn.khien.assessments.application.FindingExport;
import vn.khien.assessments.application.FindingFilter;
import vn.khien.assessments.application.FindingManagement;
import vn.khien.assessments.application.FindingQueries;
import vn.khien.identity.AgencyChoices;
import vn.khien.shared.Paging;
import vn.khien.shared.web.Downloads;

/** Finding pages: the filtered list (with XLSX export), the board per agency and a finding's page. */
@Controller
@RequestMapping("/findings")
class FindingPageController {

    private final java.time.Clock clock;
    private final FindingManagement management;
    private final FindingQueries queries;
    private final FindingExport export;
    private final EvidenceFiles evidence;
    private final AgencyChoices agencies;

    FindingPageController(
            FindingManagement management,
            FindingQueries queries,
            FindingExport export,
            EvidenceFiles evidence,
            AgencyChoices agencies,
            java.time.Clock clock) {
        this.clock = clock;
        this.management = management;
        this.queries = queries;
        this.export = export;
        this.evidence = evidence;
        this.agencies = agencies;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) Severity severity,
            @RequestParam(required = false) FindingStatus status,
            @RequestParam(required = false) UUID campaign,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page,
            Model model) {
        var filter = new FindingFilter(agency, null, severity, status, null, campaign, overdue);
        model.addAttribute("findings", queries.list(filter, Paging.of(page, null)));
        model.addAttribute("severities", Severity.values());
        model.addAttribute("statuses", FindingStatus.values());
        model.addAttribute("agencies", agencies.inScope());
        return "assessments/findings";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<StreamingResponseBody> exportXlsx(
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) Severity severity,
            @RequestParam(required = false) FindingStatus status,
            @RequestParam(required = false) UUID campaign) {
        var filter = new FindingFilter(agency, null, severity, status, null, campaign, null);
        return Downloads.export(export.title(), LocalDate.now(clock), "xlsx", export.findings(filter));
    }

    /** Counts by severity and status; each cell links to the list filtered the same way. */
    @GetMapping("/board")
    String board(@RequestParam(required = false) String agency, Model model) {
        model.addAttribute("board", queries.board(agency));
        model.addAttribute("agency", agency == null || agency.isBlank() ? null : agency);
        model.addAttribute("agencies", agencies.inScope());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("statuses", FindingStatus.values());
        return "assessments/board";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(id, model);
    }

    @PostMapping("/{id}/remediation")
    String remediation(
            @PathVariable UUID id,
            @RequestParam String owner,
            @RequestParam(required = false) String plan,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            Model model,
            RedirectAttributes redirect) {
        return step(id, model, redirect, () -> management.planRemediation(id, owner, plan, dueOn));
    }

    @PostMapping("/{id}/fixed")
    String fixed(@PathVariable UUID id, @RequestParam String note, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, () -> management.claimFixed(id, note));
    }

    @PostMapping("/{id}/verify")
    String verify(
            @PathVariable UUID id,
            @RequestParam boolean fixed,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        return step(id, model, redirect, () -> management.verify(id, fixed, reason));
    }

    @PostMapping("/{id}/risk")
    String risk(
            @PathVariable UUID id,
            @RequestParam String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            Model model,
            RedirectAttributes redirect) {
        return step(id, model, redirect, () -> management.acceptRisk(id, reason, until));
    }

    @PostMapping("/{id}/evidence")
    String attach(
            @PathVariable UUID id, @RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, Steps.upload(file, (name, in) -> evidence.attachToFinding(id, name, in)));
    }

    private String step(UUID id, Model model, RedirectAttributes redirect, Runnable work) {
        return Steps.run(work, "/findings/" + id, redirect, model, () -> page(id, model));
    }

    private String page(UUID id, Model model) {
        model.addAttribute("view", queries.detail(id));
        return "assessments/finding";
    }
}
