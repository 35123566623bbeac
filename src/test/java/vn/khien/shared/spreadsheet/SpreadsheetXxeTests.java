package vn.khien.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khien.shared.spreadsheet.Sheets.AGENCIES;
import static vn.khien.shared.spreadsheet.Sheets.HEADERS;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khien.shared.InvalidInputException;

/**
 * Issue 22, item 6: an XLSX whose XML declares an external entity (XXE) pointing at a file on the
 * server is refused, and nothing of that file is read into the rows or the messages.
 */
class SpreadsheetXxeTests {

    private static final String MARKER = "KHIEN-XXE-MARKER-4242";

    @TempDir
    Path dir;

    @Test
    void aWorkbookDeclaringAnExternalEntityIsRefusedAndTheFileIsNotRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), MARKER);
        String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] workbook = Sheets.xlsx(List.of(HEADERS, List.of("SO-XXE", "&xxe;")));
        for (String part : List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml")) {
            byte[] poisoned = withEntity(workbook, part, doctype);
            Object outcome;
            try {
                outcome = Sheets.reader().read(new ByteArrayInputStream(poisoned), AGENCIES, 100);
            } catch (InvalidInputException refused) {
                outcome = refused.problems();
            }
            assertThat(String.valueOf(outcome)).as(part).doesNotContain(MARKER);
            assertThat(outcome).as(part + " refused").isInstanceOf(List.class);
        }
    }

    /** The workbook with {@code part}'s XML given the DOCTYPE, and its first text replaced by the entity. */
    private static byte[] withEntity(byte[] workbook, String part, String doctype) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().equals(part)) {
                    int declaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
                    xml = xml.substring(0, declaration) + doctype + xml.substring(declaration);
                    xml = xml.replace("SO-XXE", "&xxe;");
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(xml.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
