package vn.khien.scoring.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.scoring.domain.CriteriaSet;
import vn.khien.scoring.domain.CriteriaSetSheetException;
import vn.khien.scoring.domain.CriteriaSetSheetReader;
import vn.khien.scoring.domain.CriteriaSetSheetWriter;
import vn.khien.scoring.domain.SheetProblem;
import vn.khien.scoring.domain.SheetWords;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.InvalidInputException.FieldProblem;
import vn.khien.shared.files.CappedInputStream;
import vn.khien.shared.web.Downloads;

/**
 * A whole set as an XLSX workbook, for the coordinator to edit offline and import again. The workbook
 * speaks Vietnamese (as the registries' spreadsheets do); a file with any problem stores nothing and
 * answers every problem with its sheet and cell, in the user's language.
 */
@Service
public class CriteriaSetFiles {

    /** A set's workbook is a few kilobytes; anything near this is no set. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private final CriteriaSetQueries queries;
    private final CriteriaSetManagement management;
    private final ScoringAccess access;
    private final SheetWords words;
    private final Clock clock;

    CriteriaSetFiles(
            CriteriaSetQueries queries,
            CriteriaSetManagement management,
            ScoringAccess access,
            MessageSource messages,
            Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.management = management;
        this.access = access;
        this.words = key -> messages.getMessage(key, null, key, Locale.forLanguageTag("vi"));
    }

    /** A workbook to download, named after the set and the day. */
    public record Workbook(String filename, byte[] bytes) {}

    public Workbook export(String code, int version) {
        byte[] bytes = CriteriaSetSheetWriter.xlsx(queries.set(code, version), words);
        return new Workbook(
                Downloads.filename("bo tieu chi " + code + " phien ban " + version, LocalDate.now(clock), "xlsx"),
                bytes);
    }

    @Transactional
    public CriteriaSetManagement.StoredKey importXlsx(InputStream in) {
        access.viewer().requireCoordinator();
        CriteriaSet set;
        try {
            set = CriteriaSetSheetReader.read(read(in), words);
        } catch (CriteriaSetSheetException e) {
            throw new InvalidInputException(
                    e.problems().stream().map(CriteriaSetFiles::onFile).toList());
        }
        return management.storeSet(set, "XLSX");
    }

    private static byte[] read(InputStream in) {
        if (in == null) {
            throw new InvalidInputException("file", "scoring.sheet.file-required");
        }
        try (InputStream capped = new CappedInputStream(in, MAX_BYTES)) {
            byte[] bytes = capped.readAllBytes();
            if (bytes.length == 0) {
                throw new InvalidInputException("file", "scoring.sheet.file-required");
            }
            return bytes;
        } catch (CappedInputStream.LimitExceeded e) {
            throw new InvalidInputException("file", "scoring.sheet.unreadable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldProblem onFile(SheetProblem p) {
        var message = new DefaultMessageSourceResolvable(
                new String[] {p.messageKey()}, p.arguments().toArray());
        if (p.sheet() == null) {
            return new FieldProblem("file", p.messageKey(), p.arguments());
        }
        return p.cell() == null
                ? new FieldProblem("file", "scoring.sheet.problem-sheet", List.of(p.sheet(), message))
                : new FieldProblem("file", "scoring.sheet.problem", List.of(p.sheet(), p.cell(), message));
    }
}
