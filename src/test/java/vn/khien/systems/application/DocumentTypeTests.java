package vn.khien.systems.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocumentTypeTests {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void documentsAreRecognisedWhenNameAndContentAgree() throws Exception {
        assertThat(DocumentType.recognise("Thuyet-minh.PDF", PDF)).contains(DocumentType.PDF);
        assertThat(DocumentType.recognise("ke-hoach.docx", zip("word/document.xml")))
                .contains(DocumentType.DOCX);
        assertThat(DocumentType.recognise("danh-muc.xlsx", zip("xl/workbook.xml")))
                .contains(DocumentType.XLSX);
    }

    @Test
    void aMismatchOrAnUnknownKindIsRefused() throws Exception {
        assertThat(DocumentType.recognise("a.pdf", zip("word/document.xml"))).isEmpty();
        assertThat(DocumentType.recognise("a.docx", zip("xl/workbook.xml"))).isEmpty();
        assertThat(DocumentType.recognise("a.docx", PDF)).isEmpty();
        assertThat(DocumentType.recognise("a.xlsx", "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        assertThat(DocumentType.recognise("a.exe", PDF)).isEmpty();
        assertThat(DocumentType.recognise(null, PDF)).isEmpty();
        assertThat(DocumentType.recognise("a.pdf", new byte[0])).isEmpty();
    }

    private static byte[] zip(String entry) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(1);
        }
        return bytes.toByteArray();
    }
}
