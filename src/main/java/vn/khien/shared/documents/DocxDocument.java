package vn.khien.shared.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import vn.khien.shared.documents.AdministrativeLayout.Look;

/** An XWPF document with the page, fonts and paragraph kinds of the administrative layout. */
final class DocxDocument {

    // Agencies edit and sign the DOCX in Word, where Times New Roman is the font the Decree expects
    static final String FONT = "Times New Roman";
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    final XWPFDocument document = new XWPFDocument();

    DocxDocument() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(twips(AdministrativeLayout.PAGE_WIDTH_MM));
        size.setH(twips(AdministrativeLayout.PAGE_HEIGHT_MM));
        var margins = section.addNewPgMar();
        margins.setTop(twips(AdministrativeLayout.MARGIN_TOP_MM));
        margins.setBottom(twips(AdministrativeLayout.MARGIN_BOTTOM_MM));
        margins.setLeft(twips(AdministrativeLayout.MARGIN_LEFT_MM));
        margins.setRight(twips(AdministrativeLayout.MARGIN_RIGHT_MM));
    }

    static BigInteger twips(float millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }

    XWPFParagraph paragraph(ParagraphAlignment alignment) {
        return shape(document.createParagraph(), alignment);
    }

    static XWPFParagraph shape(XWPFParagraph paragraph, ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return paragraph;
    }

    /** Adds the text (already cleaned; a line feed breaks the line) in the look. */
    static XWPFRun write(XWPFParagraph paragraph, String text, Look look) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(look.size());
        run.setBold(look.bold());
        run.setItalic(look.italic());
        if (look.underline()) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines.get(i), i);
        }
        return run;
    }

    /** A centred short rule under the issuer's name (Appendix I §II.3). */
    static void shortRule(XWPFParagraph paragraph, float indentMm) {
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setIndentationLeft(twips(indentMm).intValue());
        paragraph.setIndentationRight(twips(indentMm).intValue());
        write(paragraph, "", new Look(2, AdministrativeLayout.Face.REGULAR));
    }

    /** A right tab with a dot leader to the text's right edge: the line left to fill by hand. */
    static void dottedToEnd(XWPFParagraph paragraph, Look look) {
        CTPPr properties = paragraph.getCTP().isSetPPr()
                ? paragraph.getCTP().getPPr()
                : paragraph.getCTP().addNewPPr();
        CTTabStop tab = properties.addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setLeader(STTabTlc.DOT);
        tab.setPos(twips(AdministrativeLayout.TEXT_WIDTH_MM));
        write(paragraph, "", look).addTab();
    }

    /** A table across the text width with the given column shares; without borders if it is layout. */
    XWPFTable table(int rows, int[] percents, boolean layoutOnly) {
        // POI's table constructor counts the rows twice for every row it adds; createRow counts them once
        XWPFTable table = document.createTable(1, percents.length);
        for (int row = 1; row < rows; row++) {
            table.createRow();
        }
        table.setWidth("100%");
        if (layoutOnly) {
            table.removeBorders();
        }
        var tbl = table.getCTTbl();
        var grid = tbl.getTblGrid() == null ? tbl.addNewTblGrid() : tbl.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        // XWPFTable.getRow(i) counts the rows in the XML at every call: read the list once (long appendices)
        List<XWPFTableRow> tableRows = table.getRows();
        for (int column = 0; column < percents.length; column++) {
            BigInteger width = twips(AdministrativeLayout.TEXT_WIDTH_MM * percents[column] / 100);
            grid.addNewGridCol().setW(width);
            for (XWPFTableRow row : tableRows) {
                row.getCell(column).setWidth(width.toString());
            }
        }
        return table;
    }

    /** The cell's first paragraph, then new ones. */
    static XWPFParagraph paragraphIn(XWPFTableCell cell, ParagraphAlignment alignment) {
        List<XWPFParagraph> existing = cell.getParagraphs();
        boolean firstUnused = existing.size() == 1 && existing.get(0).getRuns().isEmpty();
        return shape(firstUnused ? existing.get(0) : cell.addParagraph(), alignment);
    }

    byte[] bytes() {
        try (document;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
