package vn.khien.reports.application;

import java.util.ArrayList;
import java.util.List;
import vn.khien.compliance.ObligationLine;
import vn.khien.shared.ShownDate;
import vn.khien.shared.documents.DocumentBlock.Table;

/** The appendix tables of the agency's annual report: its systems, the year's assessments, weaknesses by severity. */
final class AgencyAppendices {

    private final DocumentWords words;

    AgencyAppendices(DocumentWords words) {
        this.words = words;
    }

    ReportContent.Appendix systems(List<AgencyData.SystemRow> systems) {
        var rows = new ArrayList<List<String>>();
        for (var s : systems) {
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    s.name(),
                    s.level() == null ? "Chưa phê duyệt" : "Cấp độ " + s.level(),
                    words.label("systems.status." + s.status()),
                    s.dossier() == null ? "Chưa có hồ sơ" : words.label("systems.dossier.status." + s.dossier()),
                    ShownDate.of(s.decided())));
        }
        return appendix(
                "Phụ lục 1. Hệ thống thông tin theo cấp độ",
                new Table(
                        List.of("STT", "Tên hệ thống", "Cấp độ", "Tình trạng", "Hồ sơ cấp độ", "Ngày quyết định"),
                        rows));
    }

    ReportContent.Appendix assessments(List<AgencyData.AssessmentRow> assessments) {
        var rows = new ArrayList<List<String>>();
        for (var a : assessments) {
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    a.system(),
                    words.label("assessments.kind." + a.kind()),
                    a.assessor(),
                    a.independent() ? "Có" : "Không",
                    ShownDate.of(a.completed()),
                    String.valueOf(a.findings())));
        }
        return appendix(
                "Phụ lục 2. Kết quả kiểm tra, đánh giá trong năm",
                new Table(
                        List.of(
                                "STT",
                                "Hệ thống",
                                "Hình thức",
                                "Đơn vị thực hiện",
                                "Độc lập",
                                "Ngày hoàn thành",
                                "Số điểm yếu"),
                        rows));
    }

    ReportContent.Appendix findings(List<AgencyData.FindingRow> findings) {
        var rows = new ArrayList<List<String>>();
        for (var f : findings) {
            rows.add(List.of(
                    words.label("assessments.severity." + f.severity()),
                    String.valueOf(f.total()),
                    String.valueOf(f.remediated()),
                    String.valueOf(f.open()),
                    String.valueOf(f.overdue())));
        }
        return appendix(
                "Phụ lục 3. Điểm yếu, lỗ hổng theo mức độ nghiêm trọng",
                new Table(List.of("Mức độ", "Tổng số", "Đã khắc phục, xử lý", "Đang khắc phục", "Quá hạn"), rows));
    }

    ReportContent.Appendix obligations(List<ObligationLine> behind) {
        var rows = new ArrayList<List<String>>();
        for (var o : behind) {
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    o.ruleTitle(),
                    o.subjectName(),
                    ShownDate.of(o.dueDate()),
                    words.label("compliance.status." + o.status()),
                    o.reason()));
        }
        return appendix(
                "Phụ lục 4. Nghĩa vụ chậm thực hiện hoặc chưa thực hiện",
                new Table(List.of("STT", "Nghĩa vụ", "Đối tượng", "Hạn", "Trạng thái", "Lý do"), rows));
    }

    /** An empty table still prints its header and says there is nothing, rather than vanishing from the page. */
    private static ReportContent.Appendix appendix(String title, Table table) {
        if (!table.rows().isEmpty()) {
            return new ReportContent.Appendix(title, table);
        }
        List<String> none = new ArrayList<>();
        while (none.size() < table.header().size()) {
            none.add("");
        }
        none.set(none.size() > 1 ? 1 : 0, "Không có số liệu.");
        return new ReportContent.Appendix(title, new Table(table.header(), List.of(none)));
    }
}
