package vn.khien.shared.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Page numbers as Decree 30/2020 Appendix I places them: in Arabic numerals, centred in the top margin,
 * from the second page on (the first page carries none).
 */
final class PageNumbers extends PdfPageEventHelper {

    private final PdfFonts fonts;

    PageNumbers(PdfFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page < 2) {
            return;
        }
        float x = (document.left() + document.right()) / 2;
        float y = document.top() + (document.topMargin() / 2);
        ColumnText.showTextAligned(
                writer.getDirectContent(),
                Element.ALIGN_CENTER,
                new Phrase(String.valueOf(page), fonts.font(AdministrativeLayout.BODY)),
                x,
                y,
                0);
    }
}
