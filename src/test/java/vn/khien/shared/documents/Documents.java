package vn.khien.shared.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Fixture: the initial report of an incident, as the incidents module will send it. */
final class Documents {

    private Documents() {}

    static OfficialDocument anInitialIncidentReport() {
        return anInitialIncidentReport(
                "45/BC-STTTT",
                List.of(
                        new DocumentBlock.Heading("I. THÔNG TIN CHUNG VỀ SỰ CỐ"),
                        new DocumentBlock.Fields(List.of(
                                new DocumentBlock.Field("Tên hệ thống", "Cổng dịch vụ công trực tuyến tỉnh"),
                                new DocumentBlock.Field("Đơn vị vận hành", "Trung tâm Công nghệ thông tin"),
                                new DocumentBlock.Field("Số điện thoại liên hệ", ""))),
                        new DocumentBlock.Paragraph(
                                "Vào lúc 08 giờ 15 phút, hệ thống giám sát phát hiện dấu hiệu tấn công"
                                        + " từ chối dịch vụ; đơn vị đã kích hoạt phương án ứng cứu, ngắt kết nối các địa chỉ bất"
                                        + " thường và khắc phục được phần lớn ảnh hưởng, những dữ liệu quan trọng vẫn an toàn."),
                        new DocumentBlock.Heading("II. DIỄN BIẾN VÀ XỬ LÝ"),
                        new DocumentBlock.Table(
                                List.of("Thời điểm", "Sự kiện", "Người xử lý"),
                                List.of(
                                        List.of("08:15", "Phát hiện lưu lượng bất thường", "Nguyễn Văn Thỳ"),
                                        List.of("08:40", "Chặn dải địa chỉ tấn công", "Đặng Thị Mộng")))));
    }

    static OfficialDocument anInitialIncidentReport(String number, List<DocumentBlock> body) {
        return new OfficialDocument(
                "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
                "Sở Thông tin và Truyền thông",
                number,
                "Huế",
                LocalDate.of(2026, 12, 5),
                "Báo cáo",
                "Ban đầu sự cố an toàn thông tin mạng",
                List.of("Cục An toàn thông tin"),
                body,
                new OfficialDocument.Signature("KT. Giám đốc\nPhó Giám đốc", "Lê Văn Đắc"),
                List.of("Như trên", "UBND tỉnh (để b/c)", "Lưu: VT, CNTT"));
    }

    /** A body of the given number of paragraphs, long enough to fill several pages. */
    static List<DocumentBlock> aLongBody(int paragraphs) {
        List<DocumentBlock> body = new ArrayList<>();
        for (int i = 1; i <= paragraphs; i++) {
            body.add(new DocumentBlock.Paragraph(i + ". Đơn vị đã rà soát toàn bộ nhật ký truy cập, đối chiếu với"
                    + " danh sách địa chỉ độc hại và cập nhật bản vá cho các máy chủ ứng dụng trong ngày."));
        }
        return body;
    }
}
