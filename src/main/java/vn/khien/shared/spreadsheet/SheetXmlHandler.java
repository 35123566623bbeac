package vn.khien.shared.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part. POI's own handler hands out display-formatted text, which loses
 * the difference between a number cell and text; this one keeps the stored type and raw value.
 */
final class SheetXmlHandler extends DefaultHandler {

    /** Columns beyond this are ignored: no registry has that many, and it caps a hostile row. */
    static final int MAX_COLUMNS = 512;

    private final SharedStrings strings;
    private final StylesTable styles;
    private final RowSink sink;
    private final StringBuilder text = new StringBuilder();
    private List<RawCell> cells = new ArrayList<>();
    private int rowNumber;
    private int column;
    private String cellType;
    private int styleIndex;
    private boolean inValue;
    private boolean inPhonetic;

    SheetXmlHandler(SharedStrings strings, StylesTable styles, RowSink sink) {
        this.strings = strings;
        this.styles = styles;
        this.sink = sink;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
                column = -1;
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? column + 1 : new CellReference(ref).getCol();
                cellType = attributes.getValue("t");
                String s = attributes.getValue("s");
                styleIndex = s == null ? 0 : Integer.parseInt(s);
                text.setLength(0);
            }
            case "v", "t" -> {
                inValue = !inPhonetic;
                if ("v".equals(localName)) {
                    text.setLength(0);
                }
            }
            case "rPh" -> inPhonetic = true;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                if (column >= 0 && column < MAX_COLUMNS) {
                    while (cells.size() <= column) {
                        cells.add(null);
                    }
                    cells.set(column, cell(text.toString()));
                }
            }
            case "row" -> sink.accept(rowNumber, cells);
            default -> {}
        }
    }

    private RawCell cell(String raw) {
        if (cellType == null || "n".equals(cellType)) {
            return raw.isEmpty() ? null : number(raw);
        }
        return switch (cellType) {
            case "s" ->
                RawCell.text(strings.getItemAt(Integer.parseInt(raw.strip())).getString());
            case "inlineStr", "str" -> RawCell.text(new XSSFRichTextString(raw).getString());
            case "b" -> new RawCell("1".equals(raw.strip()) ? "TRUE" : "FALSE", RawCell.Type.BOOLEAN);
            default -> null; // "e": an error such as #N/A carries no value
        };
    }

    private RawCell number(String raw) {
        double value = Double.parseDouble(raw);
        if (styleIndex > 0 && styleIndex < styles.getNumCellStyles()) {
            XSSFCellStyle style = styles.getStyleAt(styleIndex);
            if (DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())) {
                return new RawCell(NumberToTextConverter.toText(value), RawCell.Type.DATE);
            }
        }
        // the digits Excel shows (15 significant), not the double's binary tail
        return new RawCell(NumberToTextConverter.toText(value), RawCell.Type.NUMBER);
    }
}
