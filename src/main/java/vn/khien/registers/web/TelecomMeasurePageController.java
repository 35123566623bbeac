package vn.khien.registers.web;

import java.time.Clock;
import java.time.LocalDate;
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
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencyKind;
import vn.khien.registers.TelecomMeasureData;
import vn.khien.registers.application.RegisterExport;
import vn.khien.registers.application.RegisterSheets;
import vn.khien.registers.application.TelecomMeasureQueries;
import vn.khien.registers.application.TelecomMeasures;
import vn.khien.shared.FormErrors;
import vn.khien.shared.Paging;

/** Telecom child-protection measures: the province-wide list, record and revise with evidence, export. */
@Controller
@RequestMapping("/registers/telecom-measures")
class TelecomMeasurePageController {

    private final TelecomMeasures management;
    private final TelecomMeasureQueries queries;
    private final RegisterExport export;
    private final AgencyDirectory agencies;
    private final RegisterDownloads downloads;
    private final Clock clock;

    TelecomMeasurePageController(
            TelecomMeasures management,
            TelecomMeasureQueries queries,
            RegisterExport export,
            AgencyDirectory agencies,
            RegisterDownloads downloads,
            Clock clock) {
        this.management = management;
        this.queries = queries;
        this.export = export;
        this.agencies = agencies;
        this.downloads = downloads;
        this.clock = clock;
    }

    record MeasureForm(String agencyCode, String measure, String scope, String since, String evidence) {

        TelecomMeasureData toData() {
            return new TelecomMeasureData(agencyCode, measure, scope, TypedValues.date("since", since), evidence);
        }
    }

    @GetMapping
    String list(
            @ModelAttribute TelecomMeasureListParameters filters,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("measures", queries.list(filters.toFilter(), Paging.of(page, 50)));
        model.addAttribute("agencies", operators());
        return "registers/telecom-measures";
    }

    @GetMapping("/export.{format:xlsx|csv}")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable String format, @ModelAttribute TelecomMeasureListParameters filters) {
        return downloads.export(
                RegisterSheets.TELECOM_MEASURES, format, csv -> export.telecomMeasures(filters.toFilter(), csv));
    }

    @GetMapping("/new")
    String newMeasure(@RequestParam(required = false) String agency, Model model) {
        return form(
                model, new MeasureForm(agency, null, null, LocalDate.now(clock).toString(), null), null);
    }

    @PostMapping("/new")
    String record(
            @ModelAttribute("form") MeasureForm form,
            BindingResult errors,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                errors,
                () -> {
                    var data = form.toData();
                    UploadedEvidence.with(file, upload -> management.record(data, upload));
                    redirect.addFlashAttribute("notice", "registers.telecom.recorded");
                    return "redirect:/registers/telecom-measures?agency=" + form.agencyCode();
                },
                () -> form(model, form, null));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var m = queries.detail(id);
        return form(
                model,
                new MeasureForm(
                        m.agencyCode(), m.measure(), m.scope(), m.since().toString(), m.evidence()),
                id);
    }

    @PostMapping("/{id}/edit")
    String revise(
            @PathVariable long id,
            @ModelAttribute("form") MeasureForm form,
            BindingResult errors,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        var current = queries.detail(id); // 404 first for a measure the user may not see
        return FormErrors.submit(
                errors,
                () -> {
                    var data = form.toData();
                    UploadedEvidence.with(file, upload -> {
                        management.revise(id, data, upload);
                        return id;
                    });
                    redirect.addFlashAttribute("notice", "registers.telecom.revised");
                    return "redirect:/registers/telecom-measures?agency=" + current.agencyCode();
                },
                () -> form(model, form, id));
    }

    private String form(Model model, MeasureForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("agencies", operators());
        if (id != null) {
            model.addAttribute("files", queries.detail(id).files());
        }
        return "registers/telecom-measure-form";
    }

    private java.util.List<vn.khien.agencies.AgencySummary> operators() {
        return agencies.listActive().stream()
                .filter(a -> a.kind() == AgencyKind.TELECOM_OPERATOR)
                .toList();
    }
}
