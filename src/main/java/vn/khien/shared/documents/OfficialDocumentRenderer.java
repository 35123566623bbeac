package vn.khien.shared.documents;

import org.springframework.stereotype.Component;

/** {@link OfficialDocuments} with Apache POI (DOCX) and OpenPDF (PDF, Liberation Serif embedded). */
@Component
class OfficialDocumentRenderer implements OfficialDocuments {

    private final PdfFonts fonts = new PdfFonts();

    @Override
    public byte[] docx(OfficialDocument document) {
        return new DocxRendering().render(document);
    }

    @Override
    public byte[] pdf(OfficialDocument document) {
        return new PdfRendering(fonts).render(document);
    }
}
