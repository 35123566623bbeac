package vn.khien.reports.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;
import vn.khien.reports.domain.DocumentFormat;
import vn.khien.reports.domain.Report;
import vn.khien.reports.domain.ReportDocument;
import vn.khien.reports.domain.ReportDocumentRepository;
import vn.khien.shared.documents.OfficialDocuments;
import vn.khien.shared.files.AllowedType;
import vn.khien.shared.files.FileStore;
import vn.khien.shared.spreadsheet.SheetExport;

/**
 * Generates a report version's files (PDF, DOCX, XLSX of the appendices) and keeps each in the file store
 * with its SHA-256 and its inputs' cut-off date; the same bytes generated again are recorded once.
 */
@Component
class ReportFiles {

    private final ReportComposer composer;
    private final OfficialDocuments documents;
    private final SheetExport sheets;
    private final FileStore store;
    private final ReportDocumentRepository kept;
    private final Clock clock;

    ReportFiles(
            ReportComposer composer,
            OfficialDocuments documents,
            SheetExport sheets,
            FileStore store,
            ReportDocumentRepository kept,
            Clock clock) {
        this.composer = composer;
        this.documents = documents;
        this.sheets = sheets;
        this.store = store;
        this.kept = kept;
        this.clock = clock;
    }

    ReportContent content(Report report) {
        return composer.content(report);
    }

    /** Drafts the content once and generates every format from it; returns what was kept, by format. */
    Map<DocumentFormat, ReportDocument> generate(Report report, String by) {
        return generate(report, by, step -> {});
    }

    /** The steps: the content drafted (1), then the PDF (2), the DOCX (3) and the XLSX (4) kept. */
    static final int STEPS = 4;

    Map<DocumentFormat, ReportDocument> generate(Report report, String by, IntConsumer done) {
        ReportContent content = composer.content(report);
        done.accept(1);
        LocalDate date = report.steps().submittedOn() == null
                ? LocalDate.now(clock)
                : report.steps().submittedOn();
        var official = composer.document(report, content, date);
        Map<DocumentFormat, ReportDocument> result = new EnumMap<>(DocumentFormat.class);
        result.put(DocumentFormat.PDF, keep(report, DocumentFormat.PDF, documents.pdf(official), by));
        done.accept(2);
        result.put(DocumentFormat.DOCX, keep(report, DocumentFormat.DOCX, documents.docx(official), by));
        done.accept(3);
        result.put(DocumentFormat.XLSX, keep(report, DocumentFormat.XLSX, workbook(content), by));
        done.accept(4);
        return result;
    }

    private byte[] workbook(ReportContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<SheetExport.Sheet> appendices = content.appendices().stream()
                .map(a -> new SheetExport.Sheet(
                        sheetName(a.title()), a.table().header(), a.table().rows()))
                .toList();
        sheets.xlsx(appendices, out);
        return out.toByteArray();
    }

    /** "Phụ lục 1. Hệ thống…" → "Phụ lục 1": sheet names are short (31 characters at most). */
    private static String sheetName(String title) {
        int dot = title.indexOf('.');
        String name = dot > 0 ? title.substring(0, dot) : title;
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private ReportDocument keep(Report report, DocumentFormat format, byte[] bytes, String by) {
        String fileName = fileName(report, format);
        var stored = store.store(
                new ByteArrayInputStream(bytes),
                fileName,
                Set.of(AllowedType.valueOf(format.name())),
                bytes.length + 1L);
        return kept.same(report.id(), format.name(), ReportDocument.Origin.GENERATED.name(), stored.sha256())
                .orElseGet(() -> kept.save(new ReportDocument(
                        null,
                        report.id(),
                        format,
                        ReportDocument.Origin.GENERATED,
                        stored.sha256(),
                        stored.sizeBytes(),
                        fileName,
                        report.cutOff(),
                        by,
                        clock.instant())));
    }

    static String fileName(Report report, DocumentFormat format) {
        String half = report.half() == null ? "" : "-" + report.half();
        return "bao-cao-" + report.agencyCode().replace('.', '-') + "-" + report.year() + half + "-v"
                + report.reportVersion() + "." + format.extension();
    }
}
