package vn.khien.shared.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The user's own file handed back with its problems marked: each bad cell filled light red with a
 * note saying what is wrong, and a last column listing every problem of the row. Rows without
 * problems are left exactly as they were, so the user corrects this copy and uploads it again.
 * A CSV upload comes back as an XLSX copy of it (CSV cannot carry colours or notes).
 */
public final class AnnotatedWorkbook {

    private AnnotatedWorkbook() {}

    public static byte[] annotate(byte[] original, List<RowProblem> problems, MessageSource messages, Locale locale) {
        try (XSSFWorkbook workbook = open(original)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Map<Integer, List<RowProblem>> byRow = problems.stream()
                    .collect(Collectors.groupingBy(RowProblem::row, TreeMap::new, Collectors.toList()));
            AnnotationPainter painter = new AnnotationPainter(workbook, sheet);
            int header = headerRow(sheet, problems);
            Map<String, Integer> columns = headerTexts(sheet.getRow(header));
            int problemsColumn = lastColumn(sheet);
            String title = text(messages, locale, "spreadsheet.annotated.column");
            for (Map.Entry<Integer, List<RowProblem>> entry : byRow.entrySet()) {
                int rowNumber = entry.getKey();
                List<RowProblem> rowProblems = entry.getValue();
                StringBuilder summary = new StringBuilder();
                for (RowProblem p : rowProblems) {
                    String message = text(messages, locale, p.messageKey(), p.args());
                    Integer column = p.column() == null ? null : columns.get(SheetText.fold(p.column()));
                    if (column != null && rowNumber - 1 > header) {
                        painter.markCell(rowNumber - 1, column, message);
                    }
                    if (!summary.isEmpty()) {
                        summary.append('\n');
                    }
                    summary.append(p.column() == null ? message : p.column() + ": " + message);
                }
                if (rowNumber - 1 == header) {
                    title = title + "\n" + summary; // a missing column is a problem of the header row itself
                } else {
                    painter.problemsCell(rowNumber - 1, problemsColumn, summary.toString());
                }
            }
            painter.problemsHeader(header, problemsColumn, title);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFWorkbook open(byte[] original) throws IOException {
        if (FileMagic.valueOf(original) == FileMagic.OOXML) {
            return new XSSFWorkbook(new ByteArrayInputStream(original));
        }
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet();
        CsvRows.read(original, (rowNumber, cells) -> {
            Row row = sheet.createRow(rowNumber - 1);
            for (int i = 0; i < cells.size(); i++) {
                row.createCell(i).setCellValue(cells.get(i).value());
            }
        });
        return workbook;
    }

    /** 0-based index of the header row: the row naming most of the problems' columns. */
    private static int headerRow(XSSFSheet sheet, List<RowProblem> problems) {
        int best = sheet.getFirstRowNum();
        long bestCount = -1;
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), 25); r++) {
            long count = headerTexts(sheet.getRow(r)).keySet().stream()
                    .filter(h -> problems.stream()
                            .anyMatch(p -> p.column() != null
                                    && SheetText.fold(p.column()).equals(h)))
                    .count();
            if (count > bestCount && (count > 0 || bestCount < 0) && sheet.getRow(r) != null) {
                best = r;
                bestCount = count;
            }
        }
        return Math.max(best, 0);
    }

    private static Map<String, Integer> headerTexts(Row row) {
        Map<String, Integer> texts = new LinkedHashMap<>();
        if (row != null) {
            row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    texts.putIfAbsent(SheetText.fold(cell.getStringCellValue()), cell.getColumnIndex());
                }
            });
        }
        return texts;
    }

    private static int lastColumn(XSSFSheet sheet) {
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum());
        }
        return last;
    }

    private static String text(MessageSource messages, Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
