package vn.khien.registers.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.khien.identity.AgencyChoices;
import vn.khien.registers.CredentialStatus;
import vn.khien.registers.application.CredentialManagement;
import vn.khien.registers.application.CredentialQueries;
import vn.khien.registers.application.CredentialSheetImport;
import vn.khien.registers.application.RegisterExport;
import vn.khien.registers.application.RegisterSheets;
import vn.khien.shared.FormErrors;
import vn.khien.shared.Paging;
import vn.khien.shared.spreadsheet.SheetTemplates;
import vn.khien.shared.web.Downloads;
import vn.khien.shared.web.ImportPages;
import vn.khien.shared.web.PageActions;

/** Signing credential pages: list with filters and export, record, history and transitions, token-list import. */
@Controller
@RequestMapping("/registers/credentials")
class CredentialPageController {

    private final CredentialManagement management;
    private final CredentialQueries queries;
    private final RegisterExport export;
    private final CredentialSheetImport sheetImport;
    private final ImportPages imports;
    private final SheetTemplates templates;
    private final AgencyChoices agencies;
    private final RegisterDownloads downloads;
    private final Clock clock;

    CredentialPageController(
            CredentialManagement management,
            CredentialQueries queries,
            RegisterExport export,
            CredentialSheetImport sheetImport,
            ImportPages imports,
            SheetTemplates templates,
            AgencyChoices agencies,
            RegisterDownloads downloads,
            Clock clock) {
        this.management = management;
        this.queries = queries;
        this.export = export;
        this.sheetImport = sheetImport;
        this.imports = imports;
        this.templates = templates;
        this.agencies = agencies;
        this.downloads = downloads;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @ModelAttribute CredentialListParameters filters,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("credentials", queries.list(filters.toFilter(), Paging.of(page, 50)));
        model.addAttribute("statuses", CredentialStatus.values());
        model.addAttribute("agencies", agencies.inScope());
        model.addAttribute("windowDays", queries.windowDays());
        model.addAttribute("mayRecord", RecordButton.shown(filters.agency(), management::mayEdit));
        return "registers/credentials";
    }

    @GetMapping("/export.{format:xlsx|csv}")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable String format, @ModelAttribute CredentialListParameters filters) {
        return downloads.export(RegisterSheets.CREDENTIALS, format, csv -> export.credentials(filters.toFilter(), csv));
    }

    @GetMapping("/new")
    String newCredential(@RequestParam(required = false) String agency, Model model) {
        return form(model, CredentialForm.empty(agency));
    }

    @PostMapping("/new")
    String record(
            @ModelAttribute("form") CredentialForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                errors,
                () -> {
                    long id = management.record(form.toData());
                    redirect.addFlashAttribute("notice", "registers.credential.recorded");
                    return "redirect:/registers/credentials/" + id;
                },
                () -> form(model, form));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("view", queries.detail(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "registers/credential";
    }

    @PostMapping("/{id}/transitions")
    String transition(
            @PathVariable long id,
            @RequestParam(required = false) CredentialStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
            RedirectAttributes redirect) {
        queries.detail(id);
        return PageActions.perform(
                "/registers/credentials/" + id,
                redirect,
                "registers.credential.moved",
                () -> management.transition(id, status, on, reason, validFrom, validTo));
    }

    @GetMapping("/import")
    String importPage() {
        return "registers/credential-import";
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template(Locale locale) {
        String name = Downloads.filename(
                downloads.sheetName(RegisterSheets.CREDENTIALS) + " mau", LocalDate.now(clock), "xlsx");
        return Downloads.bytes(name, Downloads.XLSX, templates.bytes(RegisterSheets.CREDENTIALS, locale));
    }

    @PostMapping("/import")
    String upload(@RequestParam("file") MultipartFile file, HttpSession session, Locale locale, Model model) {
        imports.upload(file, sheetImport::importTokens, session, locale, model);
        return "registers/credential-import";
    }

    @GetMapping("/import/annotated")
    ResponseEntity<byte[]> annotated(HttpSession session) {
        return imports.annotated(session);
    }

    private String form(Model model, CredentialForm form) {
        model.addAttribute("form", form);
        model.addAttribute("statuses", CredentialStatus.values());
        model.addAttribute("agencies", agencies.inScope());
        return "registers/credential-form";
    }
}
