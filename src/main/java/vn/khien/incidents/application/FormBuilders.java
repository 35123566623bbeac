package vn.khien.incidents.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.khien.incidents.domain.Incident;
import vn.khien.shared.ProvinceZone;
import vn.khien.shared.documents.DocumentBlock;
import vn.khien.shared.documents.DocumentBlock.Field;
import vn.khien.shared.documents.OfficialDocument;

/**
 * The official incident forms of Circular 20/2017/TT-BTTTT built from the platform's data: Form 03
 * (initial report), Form 04 (end-of-response report) and Form 05 (six-monthly or annual summary).
 * Field labels follow the forms; a blank value leaves the dotted line for the agency to fill in.
 */
final class FormBuilders {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final List<String> ADDRESSEES =
            List.of("Cơ quan điều phối quốc gia về ứng cứu sự cố", "Đội ứng cứu sự cố an toàn thông tin mạng tỉnh");
    private static final List<String> DISTRIBUTION = List.of("Như trên", "Lưu: VT");

    private FormBuilders() {}

    /**
     * The reporting organisation as it heads the document, and its head on the document's date, who
     * signs as "Thủ trưởng cơ quan" (null: no head recorded, the name is left for the signer to write).
     */
    record Organisation(String parentName, String name, String headName) {}

    static OfficialDocument form03(
            Incident incident, Organisation org, String systemName, String typeName, String place, LocalDate date) {
        var r = incident.report();
        var c = incident.classification();
        List<DocumentBlock> body = new ArrayList<>();
        body.add(new DocumentBlock.Heading("I. THÔNG TIN CHUNG"));
        body.add(new DocumentBlock.Fields(List.of(
                new Field("Số hiệu sự cố", incident.reference()),
                new Field("Tên tổ chức báo cáo", org.name()),
                new Field("Người liên hệ", join(r.contactName(), r.contactPhone(), r.contactEmail())),
                new Field("Hệ thống thông tin bị sự cố", incident.systemCode() + " — " + text(systemName)))));
        body.add(new DocumentBlock.Heading("II. THÔNG TIN SỰ CỐ"));
        body.add(new DocumentBlock.Fields(List.of(
                new Field("Thời điểm phát hiện", time(incident.detectedAt())),
                new Field("Loại sự cố", text(typeName)),
                new Field("Mức độ", c.severity().name() + (c.serious() ? " — sự cố nghiêm trọng" : "")),
                new Field("Mô tả sơ bộ", r.summary()),
                new Field("Dấu hiệu, hiện tượng", text(r.symptoms())),
                new Field("Phạm vi ảnh hưởng", text(r.scope())),
                new Field("Biện pháp đã thực hiện", text(r.actionsTaken())),
                new Field("Đề nghị hỗ trợ", text(r.supportNeeded())),
                new Field("Mức chia sẻ thông tin", "TLP:" + c.tlp().name().replace('_', '+')))));
        return document(org, place, date, "Báo cáo ban đầu sự cố an toàn thông tin mạng (Mẫu 03)", body);
    }

    static OfficialDocument form04(
            Incident incident, Organisation org, String systemName, String typeName, String place, LocalDate date) {
        var closure = incident.closure();
        var m = incident.milestones();
        List<DocumentBlock> body = new ArrayList<>();
        body.add(new DocumentBlock.Heading("I. THÔNG TIN SỰ CỐ"));
        body.add(new DocumentBlock.Fields(List.of(
                new Field("Số hiệu sự cố", incident.reference()),
                new Field("Tên tổ chức báo cáo", org.name()),
                new Field("Hệ thống thông tin bị sự cố", incident.systemCode() + " — " + text(systemName)),
                new Field("Loại sự cố", text(typeName)),
                new Field("Thời điểm phát hiện", time(incident.detectedAt())),
                new Field("Thời điểm ngăn chặn", time(m.containedAt())),
                new Field("Thời điểm kết thúc ứng phó", time(m.recoveredAt())))));
        body.add(new DocumentBlock.Heading("II. KẾT QUẢ ỨNG PHÓ"));
        body.add(new DocumentBlock.Fields(List.of(
                new Field("Nguyên nhân", text(closure.rootCause())),
                new Field("Kết quả xử lý", text(closure.finalReport())),
                new Field("Bài học kinh nghiệm", text(closure.lessonsLearned())))));
        var tasks = incident.coordination().tasks();
        if (!tasks.isEmpty()) {
            body.add(new DocumentBlock.Heading("III. CÁC CÔNG VIỆC ĐÃ THỰC HIỆN"));
            body.add(new DocumentBlock.Table(
                    List.of("Công việc", "Đơn vị thực hiện", "Hoàn thành"),
                    tasks.stream()
                            .map(t -> List.of(t.title(), t.owner(), time(t.doneAt())))
                            .toList()));
        }
        return document(org, place, date, "Báo cáo kết thúc ứng phó sự cố (Mẫu 04)", body);
    }

    /** One line of the summary table of Form 05. */
    record SummaryLine(String reference, String systemCode, String type, String status, Instant detectedAt) {}

    static OfficialDocument form05(
            Organisation org, String periodLabel, List<SummaryLine> lines, String place, LocalDate date) {
        List<DocumentBlock> body = new ArrayList<>();
        body.add(new DocumentBlock.Paragraph("Kỳ báo cáo: " + periodLabel + ". Tổng số sự cố: " + lines.size() + "."));
        body.add(new DocumentBlock.Table(
                List.of("STT", "Số hiệu", "Hệ thống", "Loại sự cố", "Phát hiện", "Tình trạng"), numbered(lines)));
        return document(org, place, date, "Báo cáo tổng hợp tình hình sự cố (Mẫu 05) — " + periodLabel, body);
    }

    private static List<List<String>> numbered(List<SummaryLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            SummaryLine l = lines.get(n);
            rows.add(List.of(
                    Integer.toString(n + 1),
                    l.reference(),
                    l.systemCode(),
                    l.type(),
                    time(l.detectedAt()),
                    l.status()));
        }
        return rows;
    }

    private static OfficialDocument document(
            Organisation org, String place, LocalDate date, String summary, List<DocumentBlock> body) {
        return new OfficialDocument(
                org.parentName() == null ? null : org.parentName().toUpperCase(java.util.Locale.ROOT),
                org.name(),
                "",
                place,
                date,
                "BÁO CÁO",
                summary,
                ADDRESSEES,
                body,
                new OfficialDocument.Signature("THỦ TRƯỞNG CƠ QUAN", org.headName()),
                DISTRIBUTION);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ProvinceZone.get()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String join(String... parts) {
        return String.join(
                ", ",
                java.util.Arrays.stream(parts)
                        .filter(p -> p != null && !p.isBlank())
                        .toList());
    }
}
