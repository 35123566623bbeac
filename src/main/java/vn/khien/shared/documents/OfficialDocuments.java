package vn.khien.shared.documents;

/**
 * Renders an {@link OfficialDocument} as the files an agency files and sends: DOCX to edit and sign,
 * PDF to send as it is (fonts embedded, so Vietnamese text shows on any machine).
 */
public interface OfficialDocuments {

    byte[] docx(OfficialDocument document);

    byte[] pdf(OfficialDocument document);
}
