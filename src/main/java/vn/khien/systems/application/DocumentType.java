package vn.khien.systems.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The document kinds a dossier accepts, recognised by their content and not by what the client
 * claims: a PDF starts with {@code %PDF-}; DOCX and XLSX are ZIP files that hold a {@code word/} or
 * {@code xl/} part. The file name's extension must agree with the content.
 */
enum DocumentType {
    PDF("pdf", "application/pdf", null),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** Enough entries to find the part in any real document, few enough to stop a ZIP bomb early. */
    private static final int MAX_ENTRIES = 2_000;

    private final String extension;
    private final String contentType;
    private final String part;

    DocumentType(String extension, String contentType, String part) {
        this.extension = extension;
        this.contentType = contentType;
        this.part = part;
    }

    String contentType() {
        return contentType;
    }

    /** The type the file name claims and the content proves, or empty when they do not agree. */
    static Optional<DocumentType> recognise(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> name.endsWith("." + t.extension))
                .findFirst()
                .filter(t -> t.matches(content));
    }

    private boolean matches(byte[] content) {
        if (this == PDF) {
            return startsWith(content, PDF_MAGIC);
        }
        return startsWith(content, ZIP_MAGIC) && zipHolds(content, part);
    }

    private static boolean zipHolds(byte[] content, String prefix) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int n = 0; n < MAX_ENTRIES && (entry = zip.getNextEntry()) != null; n++) {
                if (entry.getName().startsWith(prefix)) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false; // a broken archive is not a document
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
