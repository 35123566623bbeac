package vn.khien.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class OfficialDocumentDocxTests {

    private final OfficialDocuments documents = new OfficialDocumentRenderer();

    @Test
    void putsIssuerAndNumberLeftAndNationalMottoAndDateRightInTheHeader() throws IOException {
        try (XWPFDocument docx = open(documents.docx(Documents.anInitialIncidentReport()))) {
            XWPFTable header = docx.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText())
                    .contains("ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số: 45/BC-STTTT");
            List<XWPFParagraph> right = header.getRow(0).getCell(1).getParagraphs();
            assertThat(right)
                    .extracting(XWPFParagraph::getText)
                    .containsExactly(
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "Huế, ngày 05 tháng 12 năm 2026");
            assertThat(firstRun(right.get(1)).isBold()).isTrue();
            assertThat(firstRun(right.get(2)).isItalic()).isTrue();
            assertThat(firstRun(paragraphWith(header.getRow(0).getCell(0).getParagraphs(), "SỞ"))
                            .isBold())
                    .isTrue();
        }
    }

    @Test
    void titlesTheKindAndSummaryAndAddressesTheRecipient() throws IOException {
        try (XWPFDocument docx = open(documents.docx(Documents.anInitialIncidentReport()))) {
            String text = bodyText(docx);
            assertThat(text).contains("BÁO CÁO\nBan đầu sự cố an toàn thông tin mạng\nKính gửi: Cục An toàn thông tin");
            XWPFRun title = firstRun(paragraphWith(docx.getParagraphs(), "BÁO CÁO"));
            assertThat(title.isBold()).isTrue();
            assertThat(title.getFontFamily()).isEqualTo("Times New Roman");
        }
    }

    @Test
    void writesHeadingsFieldsParagraphsAndTableCells() throws IOException {
        try (XWPFDocument docx = open(documents.docx(Documents.anInitialIncidentReport()))) {
            assertThat(bodyText(docx))
                    .contains("I. THÔNG TIN CHUNG VỀ SỰ CỐ", "Tên hệ thống: Cổng dịch vụ công trực tuyến tỉnh");
            XWPFTable table = docx.getTables().get(1);
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Sự kiện");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(2).getCell(2).getText()).isEqualTo("Đặng Thị Mộng");
        }
    }

    @Test
    void leavesADottedLineForABlankFieldValue() throws IOException {
        try (XWPFDocument docx = open(documents.docx(Documents.anInitialIncidentReport()))) {
            XWPFParagraph blank = paragraphWith(docx.getParagraphs(), "Số điện thoại liên hệ");
            assertThat(blank.getCTP()
                            .getPPr()
                            .getTabs()
                            .getTabArray(0)
                            .getLeader()
                            .toString())
                    .isEqualTo("dot");
        }
    }

    @Test
    void signsUnderThePositionAndListsTheDistributionInTheFooter() throws IOException {
        try (XWPFDocument docx = open(documents.docx(Documents.anInitialIncidentReport()))) {
            XWPFTable footer = docx.getTables().get(2);
            assertThat(footer.getRow(0).getCell(0).getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .containsExactly("Nơi nhận:", "- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT, CNTT.");
            List<XWPFParagraph> signature = footer.getRow(0).getCell(1).getParagraphs();
            assertThat(signature.get(0).getText()).isEqualTo("KT. GIÁM ĐỐC");
            assertThat(signature.get(1).getText()).isEqualTo("PHÓ GIÁM ĐỐC");
            assertThat(signature.get(signature.size() - 1).getText()).isEqualTo("Lê Văn Đắc");
            assertThat(firstRun(signature.get(signature.size() - 1)).isBold()).isTrue();
        }
    }

    @Test
    void usesA4WithTheDecreesMargins() throws IOException {
        try (XWPFDocument docx = open(documents.docx(Documents.anInitialIncidentReport()))) {
            var section = docx.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
            assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
        }
    }

    @Test
    void printsDotsForAnUnnumberedDocument() throws IOException {
        var draft = Documents.anInitialIncidentReport(" ", Documents.aLongBody(1));
        try (XWPFDocument docx = open(documents.docx(draft))) {
            assertThat(docx.getTables().get(0).getRow(0).getCell(0).getText()).contains("Số: ........../..........");
        }
    }

    static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static String bodyText(XWPFDocument docx) {
        return docx.getParagraphs().stream()
                .map(XWPFParagraph::getText)
                .filter(text -> !text.isBlank())
                .collect(Collectors.joining("\n"));
    }

    private static XWPFParagraph paragraphWith(List<XWPFParagraph> paragraphs, String start) {
        return paragraphs.stream()
                .filter(paragraph -> paragraph.getText().startsWith(start))
                .findFirst()
                .orElseThrow();
    }

    private static XWPFRun firstRun(XWPFParagraph paragraph) {
        return paragraph.getRuns().get(0);
    }
}
