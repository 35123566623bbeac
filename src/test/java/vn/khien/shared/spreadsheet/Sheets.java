package vn.khien.shared.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Fixtures of the spreadsheet tests: the real message bundle, a small agency layout, workbook builders. */
final class Sheets {

    enum AgencyKind {
        PROVINCIAL_DEPARTMENT,
        DISTRICT_COMMITTEE
    }

    static final ResourceBundleMessageSource MESSAGES = messages();

    static final SheetLayout AGENCIES = SheetLayout.of(
            "test.sheet",
            SheetColumn.text("code", "test.code")
                    .asRequired()
                    .example("SO-TTTT")
                    .help("test.code.help"),
            SheetColumn.text("name", "test.name").asRequired().example("Sở Thông tin và Truyền thông"),
            SheetColumn.enumOf("kind", "test.kind", AgencyKind.class, "test.kind.")
                    .example("PROVINCIAL_DEPARTMENT"),
            SheetColumn.integer("staff", "test.staff").example("25"),
            SheetColumn.decimal("budget", "test.budget").example("1.234.567"),
            SheetColumn.date("founded", "test.founded").example("01/04/2008"),
            SheetColumn.bool("egov", "test.egov").example("Có"));

    static final List<String> HEADERS = List.of(
            "Mã cơ quan",
            "Tên cơ quan",
            "Loại cơ quan",
            "Số cán bộ",
            "Kinh phí (VND)",
            "Ngày thành lập",
            "Chính phủ điện tử");

    private Sheets() {}

    static SheetReader reader() {
        return new SheetReader(MESSAGES);
    }

    /** A workbook whose first sheet holds these rows from row 1; LocalDate values become date cells. */
    static byte[] xlsx(List<List<?>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Dữ liệu");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<?> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    set(row.createCell(c), values.get(c), date);
                }
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static void set(Cell cell, Object value, CellStyle dateStyle) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/spreadsheet", "spreadsheet-test");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
