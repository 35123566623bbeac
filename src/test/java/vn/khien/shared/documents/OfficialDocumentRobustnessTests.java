package vn.khien.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Documents carry what users typed and alerts carried: no text may break either file. */
class OfficialDocumentRobustnessTests {

    private final OfficialDocuments documents = new OfficialDocumentRenderer();

    @Property(tries = 25)
    void rendersFilesThatOpenWhateverTheTexts(@ForAll("documents") OfficialDocument document) throws IOException {
        try (XWPFDocument docx = OfficialDocumentDocxTests.open(documents.docx(document))) {
            assertThat(docx.getTables()).isNotEmpty();
        }
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(document))) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
    }

    @Provide
    Arbitrary<OfficialDocument> documents() {
        Arbitrary<String> text = texts();
        Arbitrary<List<String>> lines = text.list().ofMaxSize(4);
        Arbitrary<DocumentBlock> block = Arbitraries.oneOf(
                text.map(DocumentBlock.Heading::new),
                text.map(DocumentBlock.Paragraph::new),
                Arbitraries.entries(text, text)
                        .map(entry -> new DocumentBlock.Field(entry.getKey(), entry.getValue()))
                        .list()
                        .ofMaxSize(3)
                        .map(DocumentBlock.Fields::new),
                Arbitraries.integers()
                        .between(0, 3)
                        .flatMap(columns -> text.list()
                                .ofSize(columns)
                                .list()
                                .ofMaxSize(3)
                                .flatMap(rows -> text.list()
                                        .ofSize(columns)
                                        .map(header -> new DocumentBlock.Table(header, rows)))));
        return Arbitraries.lazy(() -> text.list()
                .ofSize(8)
                .flatMap(texts -> lines.list()
                        .ofSize(2)
                        .flatMap(lists -> block.list()
                                .ofMaxSize(5)
                                .map(body -> new OfficialDocument(
                                        texts.get(0),
                                        texts.get(1),
                                        texts.get(2),
                                        texts.get(3),
                                        LocalDate.of(2026, 12, 5),
                                        texts.get(4),
                                        texts.get(5),
                                        lists.get(0),
                                        body,
                                        new OfficialDocument.Signature(texts.get(6), texts.get(7)),
                                        lists.get(1))))));
    }

    /** Any characters, control characters, Vietnamese in both normal forms, emoji and words too long for a line. */
    private static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings()
                        .withChars("\u0000\u0007\b\t\n\r\u000B\f\uFFFE\uFFFF\uD800\uDC00\u200B\u202E")
                        .ofMaxLength(20),
                Arbitraries.of(
                        "Sở Thông tin và Truyền thông",
                        "Đắk Lắk ỳ ữ ộ",
                        "Tie\u0302\u0301ng Vie\u0323\u0302t",
                        "🔥🚨 sự cố 👩‍💻",
                        ""),
                Arbitraries.strings().withChars("Đaắệx").ofMinLength(300).ofMaxLength(900));
    }
}
