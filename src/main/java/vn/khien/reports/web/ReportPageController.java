package vn.khien.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.agencies.AgencyKind;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyChoices;
import vn.khien.identity.Role;
import vn.khien.reports.ReportKind;
import vn.khien.reports.ReportStatus;
import vn.khien.reports.application.NewReport;
import vn.khien.reports.application.ReportDownloads;
import vn.khien.reports.application.ReportFilter;
import vn.khien.reports.application.ReportGeneration;
import vn.khien.reports.application.ReportManagement;
import vn.khien.reports.application.ReportQueries;
import vn.khien.reports.application.WriteNarrative;
import vn.khien.shared.FormErrors;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.Paging;
import vn.khien.shared.web.Downloads;
import vn.khien.shared.web.PageActions;

/** Báo cáo: the reports list (the agency's own, or the coordinator's board of the year) and each report's page. */
@Controller
@RequestMapping("/reports")
class ReportPageController {

    private final ReportManagement management;
    private final ReportQueries queries;
    private final ReportDownloads downloads;
    private final ReportGeneration generation;
    private final AgencyChoices agencies;
    private final AccessPolicy policy;
    private final Clock clock;

    ReportPageController(
            ReportManagement management,
            ReportQueries queries,
            ReportDownloads downloads,
            ReportGeneration generation,
            AgencyChoices agencies,
            AccessPolicy policy,
            Clock clock) {
        this.management = management;
        this.queries = queries;
        this.downloads = downloads;
        this.generation = generation;
        this.agencies = agencies;
        this.policy = policy;
        this.clock = clock;
    }

    record CreateForm(String agencyCode, Integer year) {}

    record NarrativeForm(String situation, String difficulties, String proposals, String cutOff) {}

    @GetMapping
    String list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(required = false) AgencyKind agencyKind,
            @RequestParam(required = false) Integer page,
            Model model) {
        int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
        var filter = new ReportFilter(null, null, null, status, agencyKind);
        model.addAttribute("year", shownYear);
        model.addAttribute("status", status);
        model.addAttribute("agencyKind", agencyKind);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("agencyKinds", Arrays.asList(AgencyKind.values()));
        model.addAttribute("board", queries.board(shownYear, filter, Paging.of(page, null)));
        model.addAttribute("own", queries.list(new ReportFilter(null, null, null, null, null), Paging.of(0, 20)));
        model.addAttribute(
                "provincial",
                queries.list(new ReportFilter(ReportKind.PROVINCIAL_ANNUAL, null, null, null, null), Paging.of(0, 10)));
        var viewer = policy.currentViewer();
        model.addAttribute("mayCreate", viewer.holds(Role.AGENCY_OFFICER, Role.AGENCY_HEAD));
        model.addAttribute("showBoard", viewer.seesEveryAgency());
        model.addAttribute("coordinator", viewer.coordinator());
        model.addAttribute("ownAgencies", viewer.seesEveryAgency() ? java.util.List.of() : agencies.inScope());
        model.addAttribute("form", new CreateForm(null, shownYear));
        return "reports/list";
    }

    @PostMapping
    String create(@ModelAttribute("form") CreateForm form, RedirectAttributes redirect) {
        long[] created = new long[1];
        String back = PageActions.perform(
                "/reports",
                redirect,
                "reports.notice.created",
                () -> created[0] = management
                        .create(new NewReport(ReportKind.AGENCY_ANNUAL, form.agencyCode(), form.year(), null))
                        .id());
        return created[0] == 0 ? back : "redirect:/reports/" + created[0];
    }

    /** The coordinator opens a consolidated report to the ministry (levels 3–4 yearly, level 5 half-yearly). */
    @PostMapping("/provincial")
    String createProvincial(
            @RequestParam(required = false) ReportKind kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer half,
            RedirectAttributes redirect) {
        long[] created = new long[1];
        String back = PageActions.perform(
                "/reports",
                redirect,
                "reports.notice.created",
                () -> created[0] =
                        management.create(new NewReport(kind, null, year, half)).id());
        return created[0] == 0 ? back : "redirect:/reports/" + created[0];
    }

    @GetMapping("/{id}")
    String report(@PathVariable long id, Model model) {
        var report = downloads.view(id);
        model.addAttribute("report", report);
        model.addAttribute("preview", downloads.preview(id));
        model.addAttribute("documents", downloads.documents(id));
        model.addAttribute("generation", generation.progress(id).orElse(null));
        model.addAttribute("reportId", id);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new NarrativeForm(
                            report.situation(),
                            report.difficulties(),
                            report.proposals(),
                            report.cutOff().toString()));
        }
        return "reports/report";
    }

    @PostMapping("/{id}/narrative")
    String narrative(
            @PathVariable long id, @ModelAttribute("form") NarrativeForm form, BindingResult errors, Model model) {
        return FormErrors.submit(
                errors,
                () -> {
                    management.edit(
                            id,
                            new WriteNarrative(
                                    form.situation(), form.difficulties(), form.proposals(), date(form.cutOff())));
                    return "redirect:/reports/" + id;
                },
                () -> report(id, model));
    }

    /** Starts generating the files in the background; the page then shows the progress until they are kept. */
    @PostMapping("/{id}/generate")
    String generate(@PathVariable long id) {
        generation.start(id);
        return "redirect:" + page(id);
    }

    /** The progress fragment the page polls (htmx) while the files are generated. */
    @GetMapping("/{id}/generation")
    String generation(@PathVariable long id, Model model) {
        model.addAttribute("reportId", id);
        model.addAttribute("generation", generation.progress(id).orElse(null));
        return "reports/generation :: progress";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return PageActions.perform(page(id), redirect, "reports.notice.approved", () -> management.approve(id));
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        return PageActions.perform(page(id), redirect, "reports.notice.reopened", () -> management.reopen(id));
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) String number, RedirectAttributes redirect) {
        return PageActions.perform(page(id), redirect, "reports.notice.submitted", () -> management.submit(id, number));
    }

    @PostMapping("/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return PageActions.perform(
                page(id), redirect, "reports.notice.returned", () -> management.giveBack(id, reason));
    }

    @PostMapping("/{id}/corrections")
    String correct(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        long[] next = new long[1];
        String back = PageActions.perform(
                page(id),
                redirect,
                "reports.notice.corrected",
                () -> next[0] = management.correct(id, reason).id());
        return next[0] == 0 ? back : "redirect:" + page(next[0]);
    }

    @PostMapping("/{id}/signed")
    String uploadSigned(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        return PageActions.perform(page(id), redirect, "reports.notice.signed-uploaded", () -> {
            try (var in = file.getInputStream()) {
                downloads.uploadSigned(id, in, file.getOriginalFilename());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/{id}/document")
    ResponseEntity<StreamingResponseBody> document(
            @PathVariable long id, @RequestParam(defaultValue = "pdf") String format) {
        var download = downloads.generated(id, format);
        return Downloads.stream(download.fileName(), download.mediaType(), () -> downloads.open(download));
    }

    @GetMapping("/{id}/signed")
    ResponseEntity<StreamingResponseBody> signed(@PathVariable long id) {
        var download = downloads.signed(id);
        return Downloads.stream(download.fileName(), download.mediaType(), () -> downloads.open(download));
    }

    private static LocalDate date(String text) {
        try {
            return vn.khien.shared.web.InputDates.isoOrVietnamese(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("cutOff", "reports.report.cut-off-invalid");
        }
    }

    private static String page(long id) {
        return "/reports/" + id;
    }
}
