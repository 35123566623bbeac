package vn.khien.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khien.shared.spreadsheet.Sheets.AGENCIES;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.khien.shared.spreadsheet.Sheets.AgencyKind;

class SheetExportTests {

    private final SheetExport export = new SheetExport(Sheets.MESSAGES);

    private static List<Object> agency(String code) {
        return Arrays.asList(
                code,
                "Sở Y tế",
                AgencyKind.PROVINCIAL_DEPARTMENT,
                120,
                new BigDecimal("1234567.5"),
                LocalDate.of(2026, 12, 5),
                true);
    }

    @Test
    void writesTypedCellsUnderTheLayoutsHeaders() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(export.xlsx(AGENCIES, Stream.of(agency("SO-YT")), out)).isEqualTo(1);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Kinh phí (VND)");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Sở, ban, ngành");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1234567.5);
            assertThat(sheet.getRow(1).getCell(5).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 12, 5));
            assertThat(sheet.getRow(1).getCell(5).getCellStyle().getDataFormatString())
                    .isEqualTo("dd/mm/yyyy");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Có");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G2");
        }
        ParsedSheet back = Sheets.reader().read(new ByteArrayInputStream(out.toByteArray()), AGENCIES, 10);
        assertThat(back.problems()).isEmpty();
        assertThat(back.rows().get(0).decimal("budget")).isEqualByComparingTo("1234567.5");
    }

    @Test
    void streamsAHundredThousandRowsWithoutHoldingThem() {
        CountingStream out = new CountingStream();
        long rows = export.xlsx(AGENCIES, IntStream.range(0, 100_000).mapToObj(i -> agency("C" + i)), out);
        assertThat(rows).isEqualTo(100_000);
        assertThat(out.bytes).isGreaterThan(1_000_000);
    }

    @Test
    void neverWritesTextAsAFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.xlsx("Danh sách", List.of("Tên"), Stream.of(List.of("=HYPERLINK(\"http://x\")"), List.of("-1+2")), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var cell = workbook.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.csv(List.of("Tên", "Số"), Stream.of(List.of("=1+2", -3), List.of("@SUM(A1)", 4), List.of("'x", 5)), csv);
        assertThat(csv.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFTên,Số\r\n'=1+2,-3\r\n'@SUM(A1),4\r\n''x,5\r\n");
    }

    @Test
    void writesCsvWithBomCommasIsoDatesAndLabels() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.csv(AGENCIES, Stream.of(agency("SO-YT")), out);
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).lines().toList().get(1))
                .isEqualTo("SO-YT,Sở Y tế,\"Sở, ban, ngành\",120,1234567.5,2026-12-05,Có");

        ParsedSheet back = Sheets.reader().read(new ByteArrayInputStream(bytes), AGENCIES, 10);
        assertThat(back.problems()).isEmpty();
        assertThat(back.rows().get(0).enumValue("kind", AgencyKind.class)).isEqualTo(AgencyKind.PROVINCIAL_DEPARTMENT);
    }

    @Test
    void keepsAThreeDecimalNumberADecimalInCsv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.csv(List.of("Kinh phí (VND)"), Stream.of(List.of(new BigDecimal("123.456"))), out);
        ParsedSheet back = Sheets.reader().read(new ByteArrayInputStream(out.toByteArray()), AGENCIES, 10);
        assertThat(back.rows().get(0).decimal("budget")).isEqualByComparingTo("123.456");
    }

    /** Counts bytes and throws them away: the export must not need the whole file anywhere. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
