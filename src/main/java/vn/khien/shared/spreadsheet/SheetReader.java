package vn.khien.shared.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.khien.shared.files.CappedInputStream;

/**
 * Reads an uploaded registry file (XLSX or CSV, told apart by content, not by name) against a layout.
 * Anything that is not a readable spreadsheet ends as an {@link vn.khien.shared.InvalidInputException}
 * on the field {@code file}; problems inside the data are collected per cell in the result instead.
 */
@Component
public class SheetReader {

    /** Upper bound on what is read from the stream, whatever the upload limit says. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final SheetLabels labels;

    public SheetReader(MessageSource messages) {
        this.labels = new SheetLabels(messages);
    }

    /**
     * @param maxRows data rows allowed (blank rows and the header not counted); one more refuses the file
     */
    public ParsedSheet read(InputStream in, SheetLayout layout, int maxRows) {
        byte[] bytes = readCapped(in);
        SheetAssembler assembler = new SheetAssembler(layout, labels, maxRows);
        switch (FileMagic.valueOf(bytes)) {
            case OOXML -> readXlsx(bytes, assembler, maxRows);
            case OLE2 -> throw isEncrypted(bytes) ? SheetFileProblems.encrypted() : SheetFileProblems.oldExcel();
            case UNKNOWN -> CsvRows.read(bytes, assembler);
            default -> throw SheetFileProblems.notSpreadsheet(); // PDF, images, HTML, XML, ...
        }
        return assembler.result();
    }

    private static byte[] readCapped(InputStream in) {
        try (InputStream capped = new CappedInputStream(in, MAX_FILE_BYTES)) {
            byte[] bytes = capped.readAllBytes();
            if (bytes.length == 0) {
                throw SheetFileProblems.empty();
            }
            return bytes;
        } catch (CappedInputStream.LimitExceeded e) {
            throw SheetFileProblems.tooLarge(MAX_FILE_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POI reads a zip safely (ratio and size checks, parts on demand) only from a file. */
    private static void readXlsx(byte[] bytes, SheetAssembler assembler, int maxRows) {
        Path file = null;
        try {
            file = Files.createTempFile("khien-upload-", ".xlsx");
            Files.write(file, bytes);
            XlsxRows.read(file, assembler, maxRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** Excel saves a password-protected .xlsx as an OLE2 container holding the encrypted package. */
    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            throw SheetFileProblems.corrupted();
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
