package vn.khien.shared.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipFile;

/** Tells what a stored temporary file really is, from its first bytes and, for Office files, its parts. */
final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private ContentSniffer() {}

    static Optional<AllowedType> sniff(byte[] head, Path file) {
        if (startsWith(head, PDF)) {
            return Optional.of(AllowedType.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(AllowedType.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(AllowedType.JPEG);
        }
        if (startsWith(head, ZIP)) {
            return officePackage(file);
        }
        return Optional.empty();
    }

    /** A DOCX must hold word/document.xml and an XLSX xl/workbook.xml; any other zip is refused. */
    private static Optional<AllowedType> officePackage(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(AllowedType.DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(AllowedType.XLSX);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
