package vn.khien.agencies.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyStatus;
import vn.khien.agencies.RegistryAccess;
import vn.khien.agencies.application.AgencyExport;
import vn.khien.agencies.application.AgencyFilter;
import vn.khien.agencies.application.AgencyFilter.AgencySort;
import vn.khien.agencies.application.AgencyImport;
import vn.khien.agencies.application.AgencySheets;
import vn.khien.agencies.application.FocalPointImport;
import vn.khien.shared.spreadsheet.PreparedExport;
import vn.khien.shared.spreadsheet.SheetLayout;
import vn.khien.shared.spreadsheet.SheetTemplates;
import vn.khien.shared.web.Downloads;
import vn.khien.shared.web.ImportPages;

/**
 * The registry in and out of Excel: templates, imports (all rows or none, with an annotated copy of a
 * refused file), and exports of the filtered list. {@code what} is {@code agencies} or
 * {@code focal-points}.
 */
@Controller
@RequestMapping("/agencies")
class AgencyTransferPageController {

    private final AgencyImport agencyImport;
    private final FocalPointImport focalPointImport;
    private final AgencyExport export;
    private final SheetTemplates templates;
    private final MessageSource messages;
    private final Clock clock;
    private final RegistryAccess access;
    private final ImportPages imports;

    AgencyTransferPageController(
            AgencyImport agencyImport,
            FocalPointImport focalPointImport,
            AgencyExport export,
            SheetTemplates templates,
            MessageSource messages,
            Clock clock,
            RegistryAccess access,
            ImportPages imports) {
        this.access = access;
        this.imports = imports;
        this.agencyImport = agencyImport;
        this.focalPointImport = focalPointImport;
        this.export = export;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/export.{format:xlsx|csv}")
    ResponseEntity<StreamingResponseBody> exportAgencies(
            @PathVariable String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AgencyKind kind,
            @RequestParam(required = false) AgencyStatus status,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) AgencySort sort) {
        var writer = export.agencies(new AgencyFilter(q, kind, status, parent, sort), format.equals("csv"));
        return download("agencies.sheet.agencies", format, writer);
    }

    @GetMapping("/focal-points/export.{format:xlsx|csv}")
    ResponseEntity<StreamingResponseBody> exportFocalPoints(@PathVariable String format) {
        return download("agencies.sheet.focal-points", format, export.focalPoints(format.equals("csv")));
    }

    @GetMapping("/import")
    String importPage() {
        return "agencies/import";
    }

    @org.springframework.web.bind.annotation.ModelAttribute("mayAdminister")
    boolean mayAdminister() {
        return access.mayAdminister();
    }

    @GetMapping("/import/{what:agencies|focal-points}/template")
    ResponseEntity<byte[]> template(@PathVariable String what, Locale locale) {
        SheetLayout layout = layout(what);
        String name = Downloads.filename(
                messages.getMessage(layout.sheetNameKey(), null, Locale.forLanguageTag("vi")) + " mau",
                LocalDate.now(clock),
                "xlsx");
        return Downloads.bytes(name, Downloads.XLSX, templates.bytes(layout, locale));
    }

    @PostMapping("/import/{what:agencies|focal-points}")
    String upload(
            @PathVariable String what,
            @RequestParam("file") MultipartFile file,
            HttpSession session,
            Locale locale,
            Model model) {
        model.addAttribute("what", what);
        imports.upload(
                file,
                what.equals("agencies") ? agencyImport::importAgencies : focalPointImport::importFocalPoints,
                session,
                locale,
                model);
        return "agencies/import";
    }

    /** The refused file with its problems marked, kept in the session of whoever uploaded it. */
    @GetMapping("/import/annotated")
    ResponseEntity<byte[]> annotated(HttpSession session) {
        return imports.annotated(session);
    }

    private ResponseEntity<StreamingResponseBody> download(String titleKey, String format, PreparedExport writer) {
        String title = messages.getMessage(titleKey, null, Locale.forLanguageTag("vi"));
        return Downloads.export(title, LocalDate.now(clock), format, writer);
    }

    private static SheetLayout layout(String what) {
        return what.equals("agencies") ? AgencySheets.AGENCIES : AgencySheets.FOCAL_POINTS;
    }
}
