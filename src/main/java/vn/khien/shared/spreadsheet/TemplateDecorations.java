package vn.khien.shared.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Header notes, column formats and drop-down lists of a template's data sheet. */
final class TemplateDecorations {

    /** Excel refuses an inline list longer than 255 characters; longer lists go to a hidden sheet. */
    private static final int INLINE_LIST_LIMIT = 250;

    private static final String LISTS_SHEET = "DanhMuc";

    private final XSSFWorkbook workbook;
    private final Sheet sheet;
    private final SheetLabels labels;
    private final Locale locale;
    private final Drawing<?> drawing;
    private Sheet lists;

    TemplateDecorations(XSSFWorkbook workbook, Sheet sheet, SheetLabels labels, Locale locale) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.labels = labels;
        this.locale = locale;
        this.drawing = sheet.createDrawingPatriarch();
    }

    void note(Cell cell, SheetColumn column) {
        List<String> lines = new ArrayList<>();
        if (column.helpKey() != null) {
            lines.add(labels.in(locale, column.helpKey()));
        }
        lines.add(labels.in(
                locale, column.required() ? "spreadsheet.template.required" : "spreadsheet.template.optional"));
        lines.add(labels.in(locale, "spreadsheet.kind." + column.kind().name().toLowerCase(Locale.ROOT)));
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 3);
        anchor.setRow1(0);
        anchor.setRow2(5);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(new XSSFRichTextString(String.join("\n", lines)));
        comment.setAuthor(labels.vi("spreadsheet.template.author"));
        cell.setCellComment(comment);
    }

    void formatColumn(int position, SheetColumn column, SheetStyles styles) {
        int width = Math.max(14, Math.min(50, labels.header(column).length() + 4));
        sheet.setColumnWidth(position, width * 256);
        if (column.kind() == SheetColumn.Kind.DATE) {
            sheet.setDefaultColumnStyle(position, styles.date);
        } else if (column.kind() == SheetColumn.Kind.TEXT) {
            sheet.setDefaultColumnStyle(position, styles.text);
        }
    }

    void dropDown(int position, SheetColumn column, int rows) {
        List<String> values;
        if (column.kind() == SheetColumn.Kind.BOOLEAN) {
            values = List.of(labels.yes(), labels.no());
        } else if (column.kind() == SheetColumn.Kind.ENUM) {
            values = List.copyOf(labels.choiceLabels(column).values());
        } else {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        // an inline list is comma-separated: a label with a comma ("Sở, ban, ngành") needs the lists sheet
        boolean inline = String.join(",", values).length() <= INLINE_LIST_LIMIT
                && values.stream().noneMatch(v -> v.contains(",") || v.contains("\""));
        DataValidationConstraint constraint = inline
                ? helper.createExplicitListConstraint(values.toArray(String[]::new))
                : helper.createFormulaListConstraint(listRange(position, values));
        DataValidation validation =
                helper.createValidation(constraint, new CellRangeAddressList(1, rows, position, position));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(
                labels.in(locale, "spreadsheet.template.invalid-title"),
                labels.in(locale, "spreadsheet.template.invalid-choice"));
        validation.setSuppressDropDownArrow(true); // for XSSF, true means "show the arrow"
        sheet.addValidationData(validation);
    }

    /** Writes a long list into a column of the hidden lists sheet and answers its absolute range. */
    private String listRange(int position, List<String> values) {
        if (lists == null) {
            lists = workbook.createSheet(LISTS_SHEET);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
        }
        for (int i = 0; i < values.size(); i++) {
            Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
            row.createCell(position).setCellValue(values.get(i));
        }
        String column = CellReference.convertNumToColString(position);
        return LISTS_SHEET + "!$" + column + "$1:$" + column + "$" + values.size();
    }
}
