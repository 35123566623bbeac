package vn.khien.shared.documents;

import static vn.khien.shared.documents.AdministrativeLayout.BODY;
import static vn.khien.shared.documents.AdministrativeLayout.DATE_LINE;
import static vn.khien.shared.documents.AdministrativeLayout.DISTRIBUTION;
import static vn.khien.shared.documents.AdministrativeLayout.DISTRIBUTION_LABEL;
import static vn.khien.shared.documents.AdministrativeLayout.DISTRIBUTION_LINE;
import static vn.khien.shared.documents.AdministrativeLayout.FIRST_LINE_INDENT_MM;
import static vn.khien.shared.documents.AdministrativeLayout.HEADING;
import static vn.khien.shared.documents.AdministrativeLayout.ISSUER;
import static vn.khien.shared.documents.AdministrativeLayout.LEFT_COLUMN_PERCENT;
import static vn.khien.shared.documents.AdministrativeLayout.MARGIN_BOTTOM_MM;
import static vn.khien.shared.documents.AdministrativeLayout.MARGIN_LEFT_MM;
import static vn.khien.shared.documents.AdministrativeLayout.MARGIN_RIGHT_MM;
import static vn.khien.shared.documents.AdministrativeLayout.MARGIN_TOP_MM;
import static vn.khien.shared.documents.AdministrativeLayout.MOTTO;
import static vn.khien.shared.documents.AdministrativeLayout.MOTTO_LOOK;
import static vn.khien.shared.documents.AdministrativeLayout.NATIONAL;
import static vn.khien.shared.documents.AdministrativeLayout.NATIONAL_TITLE;
import static vn.khien.shared.documents.AdministrativeLayout.NUMBER;
import static vn.khien.shared.documents.AdministrativeLayout.PARENT_AUTHORITY;
import static vn.khien.shared.documents.AdministrativeLayout.SIGNATURE_SPACE_LINES;
import static vn.khien.shared.documents.AdministrativeLayout.SIGNER;
import static vn.khien.shared.documents.AdministrativeLayout.TABLE_CELL;
import static vn.khien.shared.documents.AdministrativeLayout.TABLE_HEADER;
import static vn.khien.shared.documents.AdministrativeLayout.TITLE;
import static vn.khien.shared.documents.AdministrativeLayout.addresseeLines;
import static vn.khien.shared.documents.AdministrativeLayout.dateLine;
import static vn.khien.shared.documents.AdministrativeLayout.listed;
import static vn.khien.shared.documents.AdministrativeLayout.numberLine;
import static vn.khien.shared.documents.AdministrativeLayout.positionLines;
import static vn.khien.shared.documents.AdministrativeLayout.upper;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import vn.khien.shared.documents.AdministrativeLayout.Look;

/** Lays an {@link OfficialDocument} out as PDF, part for part as {@link DocxRendering} does. */
final class PdfRendering {

    private static final float POINTS_PER_MM = 72 / 25.4f;
    private static final float[] HEADER_COLUMNS = {LEFT_COLUMN_PERCENT, 100 - LEFT_COLUMN_PERCENT};

    private final PdfFonts fonts;
    private final Document pdf = new Document(
            PageSize.A4,
            MARGIN_LEFT_MM * POINTS_PER_MM,
            MARGIN_RIGHT_MM * POINTS_PER_MM,
            MARGIN_TOP_MM * POINTS_PER_MM,
            MARGIN_BOTTOM_MM * POINTS_PER_MM);

    PdfRendering(PdfFonts fonts) {
        this.fonts = fonts;
    }

    byte[] render(OfficialDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        writer.setPageEvent(new PageNumbers(fonts));
        pdf.open();
        pdf.add(header(document));
        pdf.add(line(upper(document.kind()), TITLE, Element.ALIGN_CENTER, 18));
        pdf.add(line(document.summary(), TITLE, Element.ALIGN_CENTER, 0));
        List<String> addressees = addresseeLines(document.addressees());
        for (int i = 0; i < addressees.size(); i++) {
            pdf.add(line(addressees.get(i), BODY, Element.ALIGN_CENTER, i == 0 ? 12 : 0));
        }
        document.body().forEach(this::block);
        pdf.add(footer(document));
        document.appendices().forEach(this::appendix);
        pdf.close();
        return out.toByteArray();
    }

    private PdfPTable header(OfficialDocument document) {
        PdfPCell left = layoutCell();
        String parent = upper(document.parentAuthority()).strip();
        if (!parent.isEmpty()) {
            left.addElement(line(parent, PARENT_AUTHORITY, Element.ALIGN_CENTER, 0));
        }
        Paragraph issuer = line(upper(document.issuer()), ISSUER, Element.ALIGN_CENTER, 0);
        issuer.add(Chunk.NEWLINE);
        issuer.add(new Chunk(new LineSeparator(0.6f, 33, Color.BLACK, Element.ALIGN_CENTER, 4)));
        left.addElement(issuer);
        left.addElement(line(numberLine(document.number()), NUMBER, Element.ALIGN_CENTER, 2));
        PdfPCell right = layoutCell();
        right.addElement(line(NATIONAL_TITLE, NATIONAL, Element.ALIGN_CENTER, 0));
        right.addElement(line(MOTTO, MOTTO_LOOK, Element.ALIGN_CENTER, 0));
        right.addElement(line(dateLine(document.place(), document.date()), DATE_LINE, Element.ALIGN_CENTER, 12));
        return layoutTable(left, right);
    }

    private void block(DocumentBlock block) {
        // Java 17: no pattern switch over the sealed blocks yet
        if (block instanceof DocumentBlock.Heading heading) {
            pdf.add(bodyParagraph(heading.text(), HEADING));
        } else if (block instanceof DocumentBlock.Paragraph paragraph) {
            pdf.add(bodyParagraph(paragraph.text(), BODY));
        } else if (block instanceof DocumentBlock.Fields fields) {
            fields.fields().forEach(this::field);
        } else if (block instanceof DocumentBlock.Table table) {
            table(table);
        }
    }

    private Paragraph bodyParagraph(String text, Look look) {
        Paragraph paragraph = line(text, look, Element.ALIGN_JUSTIFIED, 6);
        paragraph.setFirstLineIndent(FIRST_LINE_INDENT_MM * POINTS_PER_MM);
        return paragraph;
    }

    private void field(DocumentBlock.Field field) {
        String value = SafeText.clean(field.value()).strip();
        Paragraph line = bodyParagraph(SafeText.clean(field.label()).strip() + ": " + value, BODY);
        if (value.isEmpty()) {
            DottedLineSeparator dots = new DottedLineSeparator();
            dots.setGap(3);
            dots.setOffset(-2);
            line.add(new Chunk(dots));
        }
        pdf.add(line);
    }

    private void table(DocumentBlock.Table block) {
        TableCells cells = TableCells.of(block);
        if (cells.columns() == 0) {
            return;
        }
        PdfPTable table = new PdfPTable(toFloats(cells.shares()));
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        cells.header().forEach(text -> table.addCell(tableCell(text, TABLE_HEADER, Element.ALIGN_CENTER)));
        cells.rows()
                .forEach(row -> row.forEach(text -> table.addCell(tableCell(text, TABLE_CELL, Element.ALIGN_LEFT))));
        pdf.add(table);
    }

    private static float[] toFloats(int[] percents) {
        float[] widths = new float[percents.length];
        for (int i = 0; i < percents.length; i++) {
            widths[i] = percents[i];
        }
        return widths;
    }

    private PdfPCell tableCell(String text, Look look, int alignment) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(3);
        cell.setPaddingBottom(5);
        cell.addElement(line(text, look, alignment, 0));
        return cell;
    }

    private void appendix(OfficialDocument.Appendix appendix) {
        pdf.newPage();
        pdf.add(line(appendix.title(), HEADING, Element.ALIGN_CENTER, 0));
        table(appendix.table());
    }

    private PdfPTable footer(OfficialDocument document) {
        PdfPCell left = layoutCell();
        List<String> distribution = listed(document.distribution());
        if (!distribution.isEmpty()) {
            left.addElement(line(DISTRIBUTION, DISTRIBUTION_LABEL, Element.ALIGN_LEFT, 0));
            distribution.forEach(text -> left.addElement(line(text, DISTRIBUTION_LINE, Element.ALIGN_LEFT, 0)));
        }
        PdfPCell right = layoutCell();
        positionLines(document.signature())
                .forEach(text -> right.addElement(line(text, SIGNER, Element.ALIGN_CENTER, 0)));
        if (document.signature() != null) {
            Paragraph name = line(document.signature().name(), SIGNER, Element.ALIGN_CENTER, 0);
            name.setSpacingBefore(SIGNATURE_SPACE_LINES * BODY.size() * 1.2f);
            right.addElement(name);
        }
        PdfPTable table = layoutTable(left, right);
        table.setSpacingBefore(12);
        return table;
    }

    private Paragraph line(String text, Look look, int alignment, float spaceBefore) {
        Paragraph paragraph = new Paragraph(fonts.printable(text).strip(), fonts.font(look));
        paragraph.setAlignment(alignment);
        paragraph.setLeading(0, 1.2f);
        paragraph.setSpacingBefore(spaceBefore);
        return paragraph;
    }

    private static PdfPCell layoutCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static PdfPTable layoutTable(PdfPCell left, PdfPCell right) {
        PdfPTable table = new PdfPTable(HEADER_COLUMNS);
        table.setWidthPercentage(100);
        table.addCell(left);
        table.addCell(right);
        return table;
    }
}
