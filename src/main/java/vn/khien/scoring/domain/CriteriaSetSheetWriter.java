package vn.khien.scoring.domain;

import static vn.khien.scoring.domain.SetSheetLayout.CRITERIA_COLUMNS;
import static vn.khien.scoring.domain.SetSheetLayout.GRADE_COLUMNS;
import static vn.khien.scoring.domain.SetSheetLayout.META_ROWS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.khien.scoring.SetDraft;
import vn.khien.scoring.SetDraft.CriterionDraft;
import vn.khien.scoring.SetDraft.GradeDraft;
import vn.khien.scoring.SetDraft.GroupDraft;

/**
 * Writes a whole set as a spreadsheet the coordinator edits and imports again: numbers as numbers,
 * choices as their Vietnamese labels, every text as text (never a formula).
 */
public final class CriteriaSetSheetWriter {

    private final SheetWords words;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle wrapped;

    private CriteriaSetSheetWriter(SheetWords words) {
        this.words = words;
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
    }

    public static byte[] xlsx(CriteriaSet set, SheetWords words) {
        return new CriteriaSetSheetWriter(words).write(set);
    }

    private byte[] write(CriteriaSet set) {
        SetDraft draft = SetDrafts.of(set, false);
        meta(set, draft);
        List<List<Object>> rows = new ArrayList<>();
        for (int g = 0; g < set.groups().size(); g++) {
            GroupDraft group = draft.groups().get(g);
            for (int c = 0; c < group.criteria().size(); c++) {
                rows.add(criterionRow(
                        group,
                        group.criteria().get(c),
                        set.groups().get(g).criteria().get(c)));
            }
        }
        table(SetSheetLayout.CRITERIA, CRITERIA_COLUMNS, rows);
        List<List<Object>> grades = new ArrayList<>();
        for (int i = 0; i < set.grades().size(); i++) {
            GradeDraft grade = draft.grades().get(i);
            grades.add(Arrays.asList(
                    grade.code(),
                    grade.titleVi(),
                    grade.titleEn(),
                    set.grades().get(i).minPoints()));
        }
        table(SetSheetLayout.GRADES, GRADE_COLUMNS, grades);
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void meta(CriteriaSet set, SetDraft draft) {
        XSSFSheet sheet = sheet(SetSheetLayout.META);
        List<Object> values = Arrays.asList(
                set.code(),
                set.version(),
                set.title().vi(),
                set.title().en(),
                set.yearFrom(),
                set.yearTo(),
                String.join(
                        "; ",
                        set.agencyKinds().stream().sorted().map(words::label).toList()));
        for (int i = 0; i < META_ROWS.size(); i++) {
            Row row = sheet.createRow(i);
            cell(row, 0, words.text(SetSheetLayout.header(META_ROWS.get(i)))).setCellStyle(bold);
            cell(row, 1, values.get(i));
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 90 * 256);
    }

    private List<Object> criterionRow(GroupDraft group, CriterionDraft d, Criterion c) {
        return Arrays.asList(
                group.code(),
                group.titleVi(),
                group.titleEn(),
                d.code(),
                d.titleVi(),
                d.titleEn(),
                c.maxPoints(),
                words.label(c.method()),
                c.automatic() ? words.label(c.formula()) : null,
                c.automatic() ? words.text(nothingKey(c.fullWhenNothingToCount())) : null,
                c.automatic() ? null : words.label(c.scale().type()),
                d.levels(),
                c.scale() == null ? null : c.scale().target(),
                d.unitVi(),
                d.unitEn(),
                d.basis(),
                d.rules());
    }

    static String nothingKey(boolean full) {
        return full ? "scoring.formula.none-full" : "scoring.formula.none-zero";
    }

    private void table(String name, List<String> columns, List<List<Object>> rows) {
        XSSFSheet sheet = sheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            cell(header, i, words.text(SetSheetLayout.header(columns.get(i)))).setCellStyle(bold);
            sheet.setColumnWidth(i, 22 * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int i = 0; i < columns.size(); i++) {
                cell(row, i, rows.get(r).get(i));
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private XSSFSheet sheet(String nameKey) {
        return workbook.createSheet(WorkbookUtil.createSafeSheetName(words.text(nameKey)));
    }

    private Cell cell(Row row, int column, Object value) {
        Cell cell = row.createCell(column);
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Integer i) {
            cell.setCellValue(i);
        } else if (value != null) {
            cell.setCellValue(value.toString()); // a string cell: "=..." stays text, never a formula
            if (value.toString().contains("\n")) {
                cell.setCellStyle(wrapped);
            }
        }
        return cell;
    }
}
