package vn.khien.shared.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Exports any filtered list to XLSX or CSV while the rows are still streaming from the database:
 * SXSSF keeps only a window of rows in memory (the rest in a compressed temporary file, removed
 * afterwards), so 100,000 systems cost the same heap as 100. Each row is a list of values in column
 * order; see {@link CellWriter} for how each Java type is written. Headers are the layout's Vietnamese
 * headers, so an exported file can be edited and imported again.
 */
@Component
public class SheetExport {

    /** Rows SXSSF keeps in memory before flushing to its temporary file. */
    private static final int WINDOW = 200;

    private final SheetLabels labels;

    public SheetExport(MessageSource messages) {
        this.labels = new SheetLabels(messages);
    }

    /** @return the number of data rows written */
    public long xlsx(SheetLayout layout, Stream<? extends List<?>> rows, OutputStream out) {
        return xlsx(
                labels.vi(layout.sheetNameKey()),
                layout.columns().stream().map(labels::header).toList(),
                layout.columns().stream().map(labels::choiceLabels).toList(),
                rows,
                out);
    }

    /** For lists without a layout (reports): headers already in the wanted language. */
    public long xlsx(String sheetName, List<String> headers, Stream<? extends List<?>> rows, OutputStream out) {
        return xlsx(sheetName, headers, List.of(), rows, out);
    }

    /** UTF-8 CSV with a byte-order mark; see {@link CsvExport} for the choices made. */
    public long csv(SheetLayout layout, Stream<? extends List<?>> rows, OutputStream out) {
        return new CsvExport(labels)
                .write(
                        layout.columns().stream().map(labels::header).toList(),
                        layout.columns().stream().map(labels::choiceLabels).toList(),
                        rows,
                        out);
    }

    public long csv(List<String> headers, Stream<? extends List<?>> rows, OutputStream out) {
        return new CsvExport(labels).write(headers, List.of(), rows, out);
    }

    /**
     * One sheet of a workbook of several (a report by part): its name, headers already in the wanted
     * language, and its rows.
     */
    public record Sheet(String name, List<String> headers, List<? extends List<?>> rows) {

        public Sheet {
            headers = List.copyOf(headers);
        }
    }

    /**
     * A workbook of several sheets, for reports small enough to hold. Decimals keep their scale on
     * screen (80.50 is shown with a decimal comma by a Vietnamese Excel and a point by an English one: a number format's
     * point is the reader's decimal separator).
     */
    public void xlsx(List<Sheet> sheets, OutputStream out) {
        write(out, true, (workbook, writer) -> {
            for (Sheet sheet : sheets) {
                writeSheet(
                        workbook,
                        writer,
                        sheet.name(),
                        sheet.headers(),
                        sheet.rows().iterator());
            }
            return 0L;
        });
    }

    private long xlsx(
            String sheetName,
            List<String> headers,
            List<Map<String, String>> choices,
            Stream<? extends List<?>> rows,
            OutputStream out) {
        return write(
                out,
                false,
                (workbook, writer) ->
                        writeSheet(workbook, writer.withChoices(choices), sheetName, headers, rows.iterator()));
    }

    private interface Contents {
        long write(SXSSFWorkbook workbook, CellWriter writer);
    }

    private long write(OutputStream out, boolean decimalsAsWritten, Contents sheets) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true);
        try {
            long written = sheets.write(
                    workbook, new CellWriter(new SheetStyles(workbook), labels, List.of(), decimalsAsWritten));
            workbook.write(out);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            closeQuietly(workbook);
        }
    }

    private static long writeSheet(
            SXSSFWorkbook workbook,
            CellWriter writer,
            String sheetName,
            List<String> headers,
            Iterator<? extends List<?>> rows) {
        SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(writer.styles().header);
            sheet.setColumnWidth(i, Math.max(12, Math.min(50, headers.get(i).length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 0;
        while (rows.hasNext()) {
            List<?> values = rows.next();
            Row row = sheet.createRow(++r);
            for (int i = 0; i < values.size(); i++) {
                writer.write(row.createCell(i), i, values.get(i));
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, r, 0, Math.max(0, headers.size() - 1)));
        return r;
    }

    private static void closeQuietly(SXSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // the temporary files are already gone (dispose); nothing else is held
        }
    }
}
