package vn.khien.systems.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.khien.shared.spreadsheet.SheetTemplates;
import vn.khien.shared.web.Downloads;
import vn.khien.shared.web.ImportPages;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;
import vn.khien.systems.application.SystemExport;
import vn.khien.systems.application.SystemFilter;
import vn.khien.systems.application.SystemSheetImport;
import vn.khien.systems.application.SystemSheets;

/**
 * The inventory in and out of Excel: the template, the import (all rows or none; the coordinator
 * registers what provinces hold in spreadsheets today) and exports of the filtered list.
 */
@Controller
@RequestMapping("/systems")
class SystemTransferPageController {

    private final SystemSheetImport sheetImport;
    private final SystemExport export;
    private final SheetTemplates templates;
    private final ImportPages imports;
    private final MessageSource messages;
    private final Clock clock;

    SystemTransferPageController(
            SystemSheetImport sheetImport,
            SystemExport export,
            SheetTemplates templates,
            ImportPages imports,
            MessageSource messages,
            Clock clock) {
        this.sheetImport = sheetImport;
        this.export = export;
        this.templates = templates;
        this.imports = imports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/export.{format:xlsx|csv}")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) SystemType type,
            @RequestParam(required = false) Integer level,
            @RequestParam(required = false) SystemStatus status,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String sort) {
        var writer = export.systems(new SystemFilter(q, type, level, status, owner, sort), format.equals("csv"));
        return Downloads.export(sheetName(), LocalDate.now(clock), format, writer);
    }

    @GetMapping("/import")
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    String importPage() {
        return "systems/import";
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template(Locale locale) {
        String name = Downloads.filename(sheetName() + " mau", LocalDate.now(clock), "xlsx");
        return Downloads.bytes(name, Downloads.XLSX, templates.bytes(SystemSheets.SYSTEMS, locale));
    }

    @PostMapping("/import")
    String upload(@RequestParam("file") MultipartFile file, HttpSession session, Locale locale, Model model) {
        imports.upload(file, sheetImport::importSystems, session, locale, model);
        return "systems/import";
    }

    @GetMapping("/import/annotated")
    ResponseEntity<byte[]> annotated(HttpSession session) {
        return imports.annotated(session);
    }

    private String sheetName() {
        return messages.getMessage(SystemSheets.SYSTEMS.sheetNameKey(), null, Locale.forLanguageTag("vi"));
    }
}
