package vn.khien.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.khien.shared.spreadsheet.Sheets.AGENCIES;
import static vn.khien.shared.spreadsheet.Sheets.HEADERS;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import vn.khien.shared.InvalidInputException;

/** Whole files: what is refused (always on the field "file") and CSV in its everyday variants. */
class SheetFileTests {

    private final SheetReader reader = Sheets.reader();

    private ParsedSheet read(byte[] bytes, int maxRows) {
        return reader.read(new ByteArrayInputStream(bytes), AGENCIES, maxRows);
    }

    private AbstractThrowableAssert<?, ?> refusing(byte[] bytes, String messageKey) {
        return assertThatThrownBy(() -> read(bytes, 100))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("file");
                            assertThat(p.messageKey()).isEqualTo(messageKey);
                        }));
    }

    @Test
    void refusesAPdf() {
        refusing(
                "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
                "spreadsheet.problem.file-not-spreadsheet");
    }

    @Test
    void refusesBinaryContentAndLegacyEncodings() {
        refusing(new byte[] {0x41, 0x00, 0x42, 0x0A}, "spreadsheet.problem.file-not-spreadsheet");
        refusing(
                "Mã cơ quan".getBytes(java.nio.charset.Charset.forName("windows-1258")),
                "spreadsheet.problem.csv-not-utf8");
    }

    @Test
    void refusesAnEmptyFileAndATextWithoutOurHeaders() {
        refusing(new byte[0], "spreadsheet.problem.file-empty");
        refusing("hello,world\n1,2\n".getBytes(StandardCharsets.UTF_8), "spreadsheet.problem.no-known-columns");
    }

    @Test
    void refusesATruncatedWorkbook() {
        byte[] whole = Sheets.xlsx(List.of(HEADERS, List.of("A", "B")));
        refusing(Arrays.copyOf(whole, whole.length / 2), "spreadsheet.problem.file-corrupted");
    }

    @Test
    void refusesAZipThatIsNoWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        refusing(out.toByteArray(), "spreadsheet.problem.file-corrupted");
    }

    /** Writes a replacement for one part of a workbook. */
    private interface PartWriter {
        void write(ZipOutputStream zip) throws java.io.IOException;
    }

    /** The workbook with one part replaced, as a hostile tool would write it. */
    private static byte[] withPart(byte[] real, String name, PartWriter replacement) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(real));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    replacement.write(zip);
                } else {
                    in.transferTo(zip);
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void refusesAZipBomb() throws Exception {
        byte[] real = Sheets.xlsx(List.of(HEADERS, List.of("A", "B")));
        byte[] bomb = withPart(real, "xl/worksheets/sheet1.xml", zip -> {
            // 50 MB of spaces inside the sheet: a ratio far below POI's 1 % limit
            zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                zip.write(spaces);
            }
            zip.write("</worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        refusing(bomb, "spreadsheet.problem.file-suspicious");
    }

    @Test
    void refusesTooManyRowsBeforeLoadingTheSharedStrings() throws Exception {
        // 300,000 rows of distinct texts held 2.4 GB of shared strings before a row was counted;
        // here the strings are unreadable, so only a refusal that comes first names the rows
        List<List<?>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (int i = 0; i < 200; i++) {
            rows.add(List.of("C" + i, "Cơ quan " + i));
        }
        byte[] bytes = withPart(
                Sheets.xlsx(rows),
                "xl/sharedStrings.xml",
                zip -> zip.write("<sst><si><t>never read".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> read(bytes, 100))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("spreadsheet.problem.too-many-rows"));
    }

    @Test
    void refusesAPasswordProtectedWorkbook() throws Exception {
        byte[] plain = Sheets.xlsx(List.of(HEADERS, List.of("A", "B")));
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("mat-khau");
        try (var os = encryptor.getDataStream(fs)) {
            os.write(plain);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        refusing(out.toByteArray(), "spreadsheet.problem.file-encrypted");
    }

    @Test
    void refusesMoreRowsThanAllowedAndCountsOnlyDataRows() {
        List<List<?>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (int i = 0; i < 6; i++) {
            rows.add(List.of("C" + i, "Cơ quan " + i));
            rows.add(List.of());
        }
        byte[] bytes = Sheets.xlsx(rows);
        assertThat(read(bytes, 6).rows()).hasSize(6);
        assertThatThrownBy(() -> read(bytes, 5))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("spreadsheet.problem.too-many-rows"));
    }

    @Test
    void readsCsvWithBomAndSemicolons() {
        String csv = "\uFEFFMã cơ quan;Tên cơ quan;Kinh phí (VND);Ngày thành lập\r\n"
                + "SO-YT;\"Sở Y tế; tỉnh\";1.234.567;05/12/2026\r\n";
        SheetRow row = read(csv.getBytes(StandardCharsets.UTF_8), 10).rows().get(0);
        assertThat(row.number()).isEqualTo(2);
        assertThat(row.text("name")).isEqualTo("Sở Y tế; tỉnh");
        assertThat(row.decimal("budget")).isEqualByComparingTo("1234567");
        assertThat(row.date("founded")).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void readsCsvWithCommasAndNoBom() {
        String csv = "Mã cơ quan,Tên cơ quan,Kinh phí (VND)\n\"SO-TC\",\"Sở Tài chính, tỉnh\",\"1,234,567.5\"\n";
        SheetRow row = read(csv.getBytes(StandardCharsets.UTF_8), 10).rows().get(0);
        assertThat(row.text("name")).isEqualTo("Sở Tài chính, tỉnh");
        assertThat(row.decimal("budget")).isEqualByComparingTo("1234567.5");
    }

    @Test
    void detectsTheDelimiterFromTheHeaderLineOnly() {
        assertThat(CsvRows.detectDelimiter("a;b;c\n1,2,3,4,5")).isEqualTo(';');
        assertThat(CsvRows.detectDelimiter("\"a;b\",c\n")).isEqualTo(',');
        assertThat(CsvRows.detectDelimiter("a\tb\n")).isEqualTo('\t');
        assertThat(CsvRows.detectDelimiter("single")).isEqualTo(',');
    }
}
