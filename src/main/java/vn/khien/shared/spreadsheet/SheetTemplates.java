package vn.khien.shared.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the XLSX template a province fills in: Vietnamese headers (required ones marked with *),
 * help notes on the headers, drop-down lists for yes/no and fixed-choice columns, date columns shown
 * dd/MM/yyyy, text columns kept as text (so codes keep their leading zeros), one example row the
 * reader skips while it is left unchanged, and a "Hướng dẫn" sheet describing every column.
 */
@Component
public class SheetTemplates {

    /** Rows of the data sheet covered by drop-down lists and column formats. */
    static final int PREPARED_ROWS = 5_000;

    private final SheetLabels labels;

    public SheetTemplates(MessageSource messages) {
        this.labels = new SheetLabels(messages);
    }

    /** @param noteLocale language of the notes and instructions; headers and values stay Vietnamese */
    public void write(SheetLayout layout, Locale noteLocale, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(labels.vi(layout.sheetNameKey())));
            List<Map<String, String>> choices =
                    layout.columns().stream().map(labels::choiceLabels).toList();
            TemplateDecorations decorations = new TemplateDecorations(workbook, sheet, labels, noteLocale);
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            CellWriter writer = new CellWriter(styles, labels, choices);
            for (int i = 0; i < layout.columns().size(); i++) {
                SheetColumn column = layout.columns().get(i);
                Cell cell = header.createCell(i);
                cell.setCellValue(labels.header(column) + (column.required() ? " *" : ""));
                cell.setCellStyle(styles.header);
                decorations.note(cell, column);
                decorations.formatColumn(i, column, styles);
                decorations.dropDown(i, column, PREPARED_ROWS);
                if (column.example() != null) {
                    writeExample(example.createCell(i), i, column, writer);
                }
            }
            sheet.createFreezePane(0, 1);
            new TemplateInstructions(workbook, labels, noteLocale).write(layout);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes(SheetLayout layout, Locale noteLocale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(layout, noteLocale, out);
        return out.toByteArray();
    }

    /** The example as typed by the layout's author, written with the column's own type. */
    private static void writeExample(Cell cell, int position, SheetColumn column, CellWriter writer) {
        RawCell raw = RawCell.text(column.example());
        try {
            switch (column.kind()) {
                case DATE -> writer.date(cell, CellValues.date(raw));
                case INTEGER, DECIMAL ->
                    cell.setCellValue(CellValues.decimal(raw).doubleValue());
                case BOOLEAN -> writer.write(cell, position, CellValues.bool(raw));
                case ENUM -> writer.choice(cell, position, column.example());
                case TEXT -> writer.text(cell, column.example());
            }
        } catch (CellValues.Unreadable e) {
            writer.text(cell, column.example()); // the layout's author wrote it as text on purpose
        }
    }
}
