package vn.khien.shared.web;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.spreadsheet.AnnotatedWorkbook;
import vn.khien.shared.spreadsheet.ImportReport;

/**
 * What every registry import page does with an upload: run the module's import, put the report (or
 * the whole-file problem) on the page, and keep the annotated copy of a refused file in the uploader's
 * session — never on disk or behind a guessable address — for one download link.
 */
@Component
public class ImportPages {

    private static final String ANNOTATED = "khien.import.annotated";

    private final MessageSource messages;
    private final Clock clock;

    ImportPages(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** Model attributes: {@code report} or {@code fileProblem}. */
    public void upload(
            MultipartFile file,
            Function<InputStream, ImportReport> importer,
            HttpSession session,
            Locale locale,
            Model model) {
        session.removeAttribute(ANNOTATED);
        try {
            byte[] bytes = file.getBytes();
            ImportReport report = importer.apply(new ByteArrayInputStream(bytes));
            model.addAttribute("report", report);
            if (!report.succeeded()) {
                session.setAttribute(ANNOTATED, AnnotatedWorkbook.annotate(bytes, report.problems(), messages, locale));
            }
        } catch (InvalidInputException e) {
            model.addAttribute("fileProblem", e.problems().get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ResponseEntity<byte[]> annotated(HttpSession session) {
        if (!(session.getAttribute(ANNOTATED) instanceof byte[] bytes)) {
            throw new ObjectNotFoundException("import", "annotated");
        }
        return Downloads.bytes(
                Downloads.filename("loi nhap du lieu", LocalDate.now(clock), "xlsx"), Downloads.XLSX, bytes);
    }
}
