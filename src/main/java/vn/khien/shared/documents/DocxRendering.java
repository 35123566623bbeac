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
import static vn.khien.shared.documents.AdministrativeLayout.TEXT_WIDTH_MM;
import static vn.khien.shared.documents.AdministrativeLayout.TITLE;
import static vn.khien.shared.documents.AdministrativeLayout.addresseeLines;
import static vn.khien.shared.documents.AdministrativeLayout.dateLine;
import static vn.khien.shared.documents.AdministrativeLayout.listed;
import static vn.khien.shared.documents.AdministrativeLayout.numberLine;
import static vn.khien.shared.documents.AdministrativeLayout.positionLines;
import static vn.khien.shared.documents.AdministrativeLayout.upper;
import static vn.khien.shared.documents.DocxDocument.paragraphIn;
import static vn.khien.shared.documents.DocxDocument.write;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Lays an {@link OfficialDocument} out as DOCX, top to bottom as Appendix I places its parts. */
final class DocxRendering {

    private static final int[] HEADER_COLUMNS = {LEFT_COLUMN_PERCENT, 100 - LEFT_COLUMN_PERCENT};

    private final DocxDocument docx = new DocxDocument();

    byte[] render(OfficialDocument document) {
        header(document);
        title(document);
        addressees(document.addressees());
        document.body().forEach(this::block);
        footer(document);
        document.appendices().forEach(this::appendix);
        return docx.bytes();
    }

    private void header(OfficialDocument document) {
        XWPFTable table = docx.table(1, HEADER_COLUMNS, true);
        XWPFTableCell left = table.getRow(0).getCell(0);
        String parent = upper(document.parentAuthority()).strip();
        if (!parent.isEmpty()) {
            write(paragraphIn(left, ParagraphAlignment.CENTER), parent, PARENT_AUTHORITY);
        }
        write(paragraphIn(left, ParagraphAlignment.CENTER), upper(document.issuer()), ISSUER);
        DocxDocument.shortRule(paragraphIn(left, ParagraphAlignment.CENTER), TEXT_WIDTH_MM * LEFT_COLUMN_PERCENT / 300);
        XWPFParagraph number = paragraphIn(left, ParagraphAlignment.CENTER);
        number.setSpacingBefore(120);
        write(number, numberLine(document.number()), NUMBER);

        XWPFTableCell right = table.getRow(0).getCell(1);
        write(paragraphIn(right, ParagraphAlignment.CENTER), NATIONAL_TITLE, NATIONAL);
        write(paragraphIn(right, ParagraphAlignment.CENTER), MOTTO, MOTTO_LOOK);
        XWPFParagraph date = paragraphIn(right, ParagraphAlignment.CENTER);
        date.setSpacingBefore(240);
        write(date, dateLine(document.place(), document.date()), DATE_LINE);
    }

    private void title(OfficialDocument document) {
        XWPFParagraph kind = docx.paragraph(ParagraphAlignment.CENTER);
        kind.setSpacingBefore(360);
        write(kind, upper(document.kind()), TITLE);
        String summary = SafeText.clean(document.summary()).strip();
        if (!summary.isEmpty()) {
            write(docx.paragraph(ParagraphAlignment.CENTER), summary, TITLE);
        }
    }

    private void addressees(List<String> addressees) {
        List<String> lines = addresseeLines(addressees);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph line = docx.paragraph(ParagraphAlignment.CENTER);
            if (i == 0) {
                line.setSpacingBefore(240);
            }
            write(line, lines.get(i), BODY);
        }
    }

    private void block(DocumentBlock block) {
        // Java 17: no pattern switch over the sealed blocks yet
        if (block instanceof DocumentBlock.Heading heading) {
            write(bodyParagraph(), SafeText.clean(heading.text()), HEADING);
        } else if (block instanceof DocumentBlock.Paragraph paragraph) {
            write(bodyParagraph(), SafeText.clean(paragraph.text()), BODY);
        } else if (block instanceof DocumentBlock.Fields fields) {
            fields.fields().forEach(this::field);
        } else if (block instanceof DocumentBlock.Table table) {
            table(table);
        }
    }

    private XWPFParagraph bodyParagraph() {
        XWPFParagraph paragraph = docx.paragraph(ParagraphAlignment.BOTH);
        paragraph.setSpacingBefore(120);
        paragraph.setFirstLineIndent(DocxDocument.twips(FIRST_LINE_INDENT_MM).intValue());
        return paragraph;
    }

    private void field(DocumentBlock.Field field) {
        XWPFParagraph line = bodyParagraph();
        String value = SafeText.clean(field.value()).strip();
        write(line, SafeText.clean(field.label()).strip() + ": " + value, BODY);
        if (value.isEmpty()) {
            DocxDocument.dottedToEnd(line, BODY);
        }
    }

    private void table(DocumentBlock.Table block) {
        TableCells cells = TableCells.of(block);
        if (cells.columns() == 0) {
            return;
        }
        XWPFTable table = docx.table(cells.rows().size() + 1, cells.shares(), false);
        List<XWPFTableRow> tableRows = table.getRows();
        tableRows.get(0).setRepeatHeader(true);
        for (int row = 0; row <= cells.rows().size(); row++) {
            List<String> texts = row == 0 ? cells.header() : cells.rows().get(row - 1);
            for (int column = 0; column < cells.columns(); column++) {
                XWPFTableCell cell = tableRows.get(row).getCell(column);
                var alignment = row == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
                write(paragraphIn(cell, alignment), texts.get(column), row == 0 ? TABLE_HEADER : TABLE_CELL);
            }
        }
        docx.paragraph(ParagraphAlignment.LEFT);
    }

    private void appendix(OfficialDocument.Appendix appendix) {
        XWPFParagraph title = docx.paragraph(ParagraphAlignment.CENTER);
        title.setPageBreak(true);
        write(title, appendix.title(), HEADING);
        table(appendix.table());
    }

    private void footer(OfficialDocument document) {
        docx.paragraph(ParagraphAlignment.LEFT).setSpacingBefore(120);
        XWPFTable table = docx.table(1, HEADER_COLUMNS, true);
        XWPFTableCell left = table.getRow(0).getCell(0);
        List<String> distribution = listed(document.distribution());
        if (!distribution.isEmpty()) {
            write(paragraphIn(left, ParagraphAlignment.LEFT), DISTRIBUTION, DISTRIBUTION_LABEL);
            distribution.forEach(line -> write(paragraphIn(left, ParagraphAlignment.LEFT), line, DISTRIBUTION_LINE));
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        positionLines(document.signature())
                .forEach(line -> write(paragraphIn(right, ParagraphAlignment.CENTER), line, SIGNER));
        if (document.signature() != null) {
            for (int i = 0; i < SIGNATURE_SPACE_LINES; i++) {
                write(paragraphIn(right, ParagraphAlignment.CENTER), "", BODY);
            }
            write(
                    paragraphIn(right, ParagraphAlignment.CENTER),
                    SafeText.clean(document.signature().name()).strip(),
                    SIGNER);
        }
    }
}
