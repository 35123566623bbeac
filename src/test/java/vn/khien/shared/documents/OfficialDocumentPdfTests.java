package vn.khien.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class OfficialDocumentPdfTests {

    private final OfficialDocuments documents = new OfficialDocumentRenderer();

    @Test
    void givesBackTheVietnameseTextExactlyWhenExtracted() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(Documents.anInitialIncidentReport()))) {
            assertThat(text(pdf))
                    .contains(
                            "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ",
                            "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                            "Số: 45/BC-STTTT",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "Huế, ngày 05 tháng 12 năm 2026",
                            "BÁO CÁO",
                            "Ban đầu sự cố an toàn thông tin mạng",
                            "Kính gửi: Cục An toàn thông tin",
                            "I. THÔNG TIN CHUNG VỀ SỰ CỐ",
                            "Tên hệ thống: Cổng dịch vụ công trực tuyến tỉnh",
                            "Nguyễn Văn Thỳ",
                            "Đặng Thị Mộng",
                            "Nơi nhận:",
                            "- Lưu: VT, CNTT.",
                            "KT. GIÁM ĐỐC",
                            "PHÓ GIÁM ĐỐC",
                            "Lê Văn Đắc");
        }
    }

    @Test
    void isA4WithEveryFontEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(Documents.anInitialIncidentReport()))) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            int fonts = 0;
            for (PDPage each : pdf.getPages()) {
                for (var name : each.getResources().getFontNames()) {
                    PDFont font = each.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSerif");
                    fonts++;
                }
            }
            assertThat(fonts).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void continuesALongBodyOnFurtherPages() throws IOException {
        var report = Documents.anInitialIncidentReport("45/BC-STTTT", Documents.aLongBody(60));
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(report))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(text(pdf)).contains("60. Đơn vị đã rà soát", "Lê Văn Đắc");
        }
    }

    @Test
    void printsDotsForAnUnnumberedDocument() throws IOException {
        var draft = Documents.anInitialIncidentReport("", Documents.aLongBody(1));
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(draft))) {
            assertThat(text(pdf)).contains("Số: ........../..........");
        }
    }

    /** The text with line ends and wrapping as single spaces: columns wrap long names. */
    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
}
