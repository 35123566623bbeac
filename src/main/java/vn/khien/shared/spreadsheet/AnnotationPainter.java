package vn.khien.shared.spreadsheet;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Marks cells of an uploaded workbook: light red fill plus a note, keeping each cell's own format. */
final class AnnotationPainter {

    private static final byte[] LIGHT_RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final XSSFDrawing drawing;
    // one red variant per original style, not one per cell: Excel caps a file at 64,000 styles
    private final Map<Integer, XSSFCellStyle> redVariants = new HashMap<>();
    private XSSFCellStyle wrapped;

    AnnotationPainter(XSSFWorkbook workbook, XSSFSheet sheet) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.drawing = sheet.createDrawingPatriarch();
    }

    void markCell(int rowIndex, int column, String message) {
        Cell cell = cell(rowIndex, column);
        XSSFCellStyle original = (XSSFCellStyle) cell.getCellStyle();
        cell.setCellStyle(redVariants.computeIfAbsent((int) original.getIndex(), i -> {
            XSSFCellStyle red = workbook.createCellStyle();
            red.cloneStyleFrom(original);
            red.setFillForegroundColor(new XSSFColor(LIGHT_RED, null));
            red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return red;
        }));
        Comment existing = cell.getCellComment();
        String text = existing == null ? message : existing.getString().getString() + "\n" + message;
        if (existing != null) {
            cell.removeCellComment();
        }
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column + 1);
        anchor.setCol2(column + 4);
        anchor.setRow1(rowIndex);
        anchor.setRow2(rowIndex + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(new XSSFRichTextString(text));
        comment.setAuthor("Khiên");
        cell.setCellComment(comment);
    }

    void problemsHeader(int rowIndex, int column, String title) {
        XSSFCellStyle style = workbook.createCellStyle();
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        bold.setColor(new XSSFColor(new byte[] {(byte) 0x9C, 0, 0x06}, null));
        style.setFont(bold);
        style.setWrapText(true);
        Cell cell = cell(rowIndex, column);
        cell.setCellValue(title);
        cell.setCellStyle(style);
        sheet.setColumnWidth(column, 60 * 256);
    }

    void problemsCell(int rowIndex, int column, String text) {
        if (wrapped == null) {
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
        }
        Cell cell = cell(rowIndex, column);
        cell.setCellValue(text);
        cell.setCellStyle(wrapped);
    }

    private Cell cell(int rowIndex, int column) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        return row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    }
}
