package vn.khien.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static vn.khien.support.Generators.anyTexts;
import static vn.khien.support.Generators.cases;
import static vn.khien.support.Generators.textsOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Documents carry what users typed and alerts carried: no text may break either file. */
class OfficialDocumentRobustnessTests {

    private final OfficialDocuments documents = new OfficialDocumentRenderer();

    @Test
    void rendersFilesThatOpenWhateverTheTexts() {
        cases(25).forAll(documents()).checkAssert(document -> {
            try {
                assertBothFilesOpen(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void assertBothFilesOpen(OfficialDocument document) throws IOException {
        try (XWPFDocument docx = OfficialDocumentDocxTests.open(documents.docx(document))) {
            assertThat(docx.getTables()).isNotEmpty();
        }
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(document))) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
    }

    private static Gen<OfficialDocument> documents() {
        Gen<String> text = texts();
        Gen<List<String>> lines = lists().of(text).ofSizeBetween(0, 4);
        Gen<DocumentBlock> heading = text.map(DocumentBlock.Heading::new);
        Gen<DocumentBlock> paragraph = text.map(DocumentBlock.Paragraph::new);
        Gen<DocumentBlock> fields = lists().of(text.zip(text, DocumentBlock.Field::new))
                .ofSizeBetween(0, 3)
                .map(DocumentBlock.Fields::new);
        Gen<DocumentBlock> table = integers()
                .between(0, 3)
                .flatMap(columns -> lists().of(lists().of(text).ofSize(columns))
                        .ofSizeBetween(0, 3)
                        .zip(
                                lists().of(text).ofSize(columns),
                                (rows, header) -> new DocumentBlock.Table(header, rows)));
        Gen<DocumentBlock> block = Generate.oneOf(heading, paragraph, fields, table);
        return lists().of(text)
                .ofSize(8)
                .zip(
                        lists().of(lines).ofSize(2),
                        lists().of(block).ofSizeBetween(0, 5),
                        (texts, lists, body) -> new OfficialDocument(
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
                                lists.get(1)));
    }

    /** Any characters, control characters, Vietnamese in both normal forms, emoji and words too long for a line. */
    private static Gen<String> texts() {
        return Generate.oneOf(
                anyTexts(60),
                textsOf("\u0000\u0007\b\t\n\r\u000B\f\uFFFE\uFFFF\uD800\uDC00\u200B\u202E", 0, 20),
                Generate.pick(List.of(
                        "Sở Thông tin và Truyền thông",
                        "Đắk Lắk ỳ ữ ộ",
                        "Tie\u0302\u0301ng Vie\u0323\u0302t",
                        "🔥🚨 sự cố 👩‍💻",
                        "")),
                textsOf("Đaắệx", 300, 900));
    }
}
