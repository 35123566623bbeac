package vn.khien.shared.spreadsheet;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles Khiên's files use, created once per workbook (Excel caps a file at 64,000). */
final class SheetStyles {

    static final String DATE_FORMAT = "dd/mm/yyyy";
    static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";

    final CellStyle header;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle text;
    final CellStyle quotedText;
    final CellStyle wrapped;
    private final Workbook workbook;
    private final Map<Integer, CellStyle> decimals = new HashMap<>();

    SheetStyles(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        var formats = workbook.createDataFormat();
        date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat(DATE_FORMAT));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(formats.getFormat(DATE_TIME_FORMAT));
        text = workbook.createCellStyle();
        text.setDataFormat(formats.getFormat("@"));
        // Excel's own marker for "this is text even though it starts like a formula"
        quotedText = workbook.createCellStyle();
        quotedText.setDataFormat(formats.getFormat("@"));
        quotedText.setQuotePrefixed(true);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** A number shown with {@code scale} decimals ("0.00"), one style per scale. */
    CellStyle decimal(int scale) {
        return decimals.computeIfAbsent(scale, s -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("0." + "0".repeat(s)));
            return style;
        });
    }
}
