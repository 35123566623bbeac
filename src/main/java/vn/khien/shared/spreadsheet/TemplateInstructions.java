package vn.khien.shared.spreadsheet;

import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The "Hướng dẫn" sheet: how to fill the template, then one line per column (required or not, kind,
 * allowed values, example, help), so a clerk can work from the printed file alone.
 */
final class TemplateInstructions {

    private static final String[] HEADINGS = {
        "spreadsheet.instructions.column",
        "spreadsheet.instructions.required",
        "spreadsheet.instructions.kind",
        "spreadsheet.instructions.allowed",
        "spreadsheet.instructions.example",
        "spreadsheet.instructions.help"
    };
    private static final int[] WIDTHS = {30, 12, 18, 50, 20, 60};

    private final XSSFWorkbook workbook;
    private final SheetLabels labels;
    private final Locale locale;

    TemplateInstructions(XSSFWorkbook workbook, SheetLabels labels, Locale locale) {
        this.workbook = workbook;
        this.labels = labels;
        this.locale = locale;
    }

    void write(SheetLayout layout) {
        SheetStyles styles = new SheetStyles(workbook);
        Sheet sheet = workbook.createSheet(labels.vi("spreadsheet.instructions.sheet"));
        workbook.setSheetOrder(sheet.getSheetName(), 1);
        int r = 0;
        for (String key : new String[] {
            "spreadsheet.instructions.line1", "spreadsheet.instructions.line2", "spreadsheet.instructions.line3"
        }) {
            sheet.createRow(r++).createCell(0).setCellValue(labels.in(locale, key));
        }
        r++;
        Row headings = sheet.createRow(r++);
        for (int i = 0; i < HEADINGS.length; i++) {
            Cell cell = headings.createCell(i);
            cell.setCellValue(labels.in(locale, HEADINGS[i]));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        for (SheetColumn column : layout.columns()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(labels.header(column));
            row.createCell(1)
                    .setCellValue(labels.in(
                            locale,
                            column.required() ? "spreadsheet.instructions.yes" : "spreadsheet.instructions.no"));
            row.createCell(2)
                    .setCellValue(labels.in(
                            locale, "spreadsheet.kind." + column.kind().name().toLowerCase(Locale.ROOT)));
            row.createCell(3).setCellValue(allowed(column));
            if (column.example() != null) {
                row.createCell(4).setCellValue(column.example());
            }
            if (column.helpKey() != null) {
                row.createCell(5).setCellValue(labels.in(locale, column.helpKey()));
            }
            for (int i = 0; i < HEADINGS.length; i++) {
                if (row.getCell(i) != null) {
                    row.getCell(i).setCellStyle(styles.wrapped);
                }
            }
        }
    }

    private String allowed(SheetColumn column) {
        return switch (column.kind()) {
            case BOOLEAN -> labels.yes() + ", " + labels.no();
            case ENUM -> String.join(", ", labels.choiceLabels(column).values());
            case DATE -> labels.in(locale, "spreadsheet.instructions.date-format");
            case INTEGER, DECIMAL -> labels.in(locale, "spreadsheet.instructions.number-format");
            case TEXT -> "";
        };
    }
}
