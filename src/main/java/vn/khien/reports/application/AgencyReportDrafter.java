package vn.khien.reports.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.khien.compliance.ObligationLine;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.ObligationTallies;
import vn.khien.reports.domain.ReportPeriod;
import vn.khien.shared.ShownDate;
import vn.khien.shared.documents.DocumentBlock;
import vn.khien.shared.documents.DocumentBlock.Heading;
import vn.khien.shared.documents.DocumentBlock.Paragraph;

/**
 * Drafts the data part of an agency's annual report (Báo cáo kết quả kiểm tra, đánh giá an toàn thông tin)
 * from the published facts as of the cut-off date: part I of the body and the appendix tables. An agency
 * without data still reads sensibly: each section says what has not been declared yet.
 */
@Component
class AgencyReportDrafter {

    private static final Set<ObligationStatus> BEHIND =
            Set.of(ObligationStatus.LATE, ObligationStatus.VIOLATED, ObligationStatus.OVERDUE);

    private final AgencyData data;
    private final ObligationTallies tallies;
    private final DocumentWords words;
    private final AgencyAppendices appendices;

    AgencyReportDrafter(AgencyData data, ObligationTallies tallies, DocumentWords words) {
        this.data = data;
        this.tallies = tallies;
        this.words = words;
        this.appendices = new AgencyAppendices(words);
    }

    ReportContent draft(String agency, ReportPeriod period, LocalDate cutOff) {
        LocalDate from = period.from();
        var systems = data.systems(agency, cutOff);
        var assessments = data.assessments(agency, from, cutOff);
        var findings = data.findings(agency, from, cutOff);
        List<DocumentBlock> body = new ArrayList<>();
        body.add(new Heading("I. KẾT QUẢ KIỂM TRA, ĐÁNH GIÁ AN TOÀN THÔNG TIN NĂM " + period.year()));
        body.add(new Paragraph("Số liệu tính đến ngày " + ShownDate.of(cutOff) + "."));
        body.add(new Heading("1. Hệ thống thông tin theo cấp độ"));
        body.add(new Paragraph(systemsText(systems)));
        body.add(new Heading("2. Kiểm tra, đánh giá trong năm"));
        body.add(new Paragraph(assessmentsText(assessments)));
        body.add(new Heading("3. Điểm yếu, lỗ hổng và việc khắc phục"));
        body.add(new Paragraph(findingsText(findings)));
        body.add(new Heading("4. Mô hình bảo vệ 4 lớp"));
        body.add(layers(data.layers(agency, from, cutOff)));
        body.add(new Heading("5. Sự cố an toàn thông tin"));
        body.add(new Paragraph(incidentsText(data.incidents(agency, from, cutOff))));
        body.add(new Heading("6. Kế hoạch ứng dụng công nghệ thông tin và kinh phí bảo đảm an toàn thông tin"));
        body.add(new Paragraph(budgetText(data.budgets(agency, period.year()))));
        body.add(new Heading("7. Chứng thư chữ ký số"));
        body.add(new Paragraph(credentialsText(data.credentials(agency, cutOff))));
        body.add(new Heading("8. Nhân lực và đào tạo"));
        body.add(new Paragraph(trainingText(data.training(agency, period.year()))));
        body.add(new Heading("9. Nghĩa vụ chậm thực hiện hoặc chưa thực hiện"));
        var behind = tallies.ofAgency(cutOff, agency, BEHIND, DocumentWords.VIETNAMESE);
        body.add(new Paragraph(obligationsText(behind)));
        return new ReportContent(
                body,
                List.of(
                        appendices.systems(systems),
                        appendices.assessments(assessments),
                        appendices.findings(findings),
                        appendices.obligations(behind)));
    }

    private String systemsText(List<AgencyData.SystemRow> systems) {
        if (systems.isEmpty()) {
            return "Chưa có hệ thống thông tin nào được khai báo.";
        }
        long approved = systems.stream().filter(s -> s.level() != null).count();
        long high = systems.stream()
                .filter(s -> s.level() != null && s.level() >= 3)
                .count();
        return "Cơ quan quản lý %d hệ thống thông tin, trong đó %d hệ thống đã được phê duyệt cấp độ (%d hệ thống cấp độ 3 trở lên) và %d hệ thống chưa được phê duyệt cấp độ (chi tiết tại Phụ lục 1)."
                .formatted(systems.size(), approved, high, systems.size() - approved);
    }

    private String assessmentsText(List<AgencyData.AssessmentRow> assessments) {
        if (assessments.isEmpty()) {
            return "Chưa có lượt kiểm tra, đánh giá nào được ghi nhận trong kỳ báo cáo.";
        }
        long independent = assessments.stream()
                .filter(AgencyData.AssessmentRow::independent)
                .count();
        return "Trong kỳ báo cáo có %d lượt kiểm tra, đánh giá, trong đó %d lượt do tổ chức độc lập thực hiện (chi tiết tại Phụ lục 2)."
                .formatted(assessments.size(), independent);
    }

    private String findingsText(List<AgencyData.FindingRow> findings) {
        if (findings.isEmpty()) {
            return "Chưa có điểm yếu, lỗ hổng nào được ghi nhận trong kỳ báo cáo.";
        }
        long total = findings.stream().mapToLong(AgencyData.FindingRow::total).sum();
        long remediated =
                findings.stream().mapToLong(AgencyData.FindingRow::remediated).sum();
        long overdue =
                findings.stream().mapToLong(AgencyData.FindingRow::overdue).sum();
        return "Đã phát hiện %d điểm yếu, lỗ hổng; đã khắc phục hoặc xử lý %d; còn %d quá hạn khắc phục (chi tiết tại Phụ lục 3)."
                .formatted(total, remediated, overdue);
    }

    private static DocumentBlock layers(AgencyData.Layers layers) {
        String of = " / " + layers.systems() + " hệ thống đang vận hành";
        return new DocumentBlock.Fields(List.of(
                new DocumentBlock.Field(
                        "Lớp 1 – Lực lượng tại chỗ (đầu mối đang đảm nhiệm)", String.valueOf(layers.focalPoints())),
                new DocumentBlock.Field("Lớp 2 – Giám sát, bảo vệ chuyên nghiệp", layers.monitored() + of),
                new DocumentBlock.Field("Lớp 3 – Kiểm tra, đánh giá độc lập trong năm", layers.assessed() + of),
                new DocumentBlock.Field("Lớp 4 – Kết nối giám sát quốc gia", layers.connected() + of)));
    }

    private static String incidentsText(AgencyData.IncidentRow incidents) {
        if (incidents.incidents() == 0) {
            return "Không có sự cố an toàn thông tin nào được ghi nhận trong kỳ báo cáo; đã lập %d báo cáo tổng hợp theo Mẫu 05."
                    .formatted(incidents.form05());
        }
        return "Đã ghi nhận %d sự cố; %d trong %d mốc thông báo, báo cáo bị trễ hạn; đã lập %d báo cáo tổng hợp theo Mẫu 05."
                .formatted(incidents.incidents(), incidents.missed(), incidents.clocks(), incidents.form05());
    }

    private String budgetText(List<AgencyData.BudgetRow> plans) {
        if (plans.isEmpty()) {
            return "Chưa có kế hoạch ứng dụng công nghệ thông tin nào được khai báo cho năm báo cáo.";
        }
        List<String> lines = new ArrayList<>();
        for (var plan : plans) {
            String share = plan.total() == null || plan.total().signum() == 0 || plan.security() == null
                    ? "chưa xác định"
                    : words.percent(plan.security()
                            .multiply(BigDecimal.valueOf(100))
                            .divide(plan.total(), 1, RoundingMode.HALF_UP));
            lines.add("%s %d–%d: tổng kinh phí %s đồng, kinh phí an toàn thông tin %s đồng (tỷ lệ %s)"
                    .formatted(
                            words.registersLabel("it-plan.kind", plan.title()),
                            plan.from(),
                            plan.to(),
                            words.money(plan.total()),
                            words.money(plan.security()),
                            share));
        }
        return String.join("; ", lines) + ".";
    }

    private String credentialsText(List<AgencyData.CredentialRow> credentials) {
        if (credentials.isEmpty()) {
            return "Chưa có chứng thư chữ ký số nào được khai báo.";
        }
        List<String> parts = credentials.stream()
                .map(c -> words.registersLabel("credential.status", c.status()).toLowerCase() + ": " + c.count())
                .toList();
        long expiring = credentials.stream()
                .mapToLong(AgencyData.CredentialRow::expiringSoon)
                .sum();
        return "Chứng thư chữ ký số theo trạng thái – " + String.join(", ", parts) + "; sắp hết hạn trong 60 ngày: "
                + expiring + ".";
    }

    private String trainingText(AgencyData.TrainingRow training) {
        if (training.staff() == 0) {
            return "Chưa có cán bộ chuyên trách nào được ghi nhận đào tạo trong năm.";
        }
        return "%d cán bộ được đào tạo với tổng số %s giờ; %d cán bộ đạt số giờ đào tạo tối thiểu."
                .formatted(training.staff(), words.number(training.hours()), training.reachedTarget());
    }

    private String obligationsText(List<ObligationLine> behind) {
        if (behind.isEmpty()) {
            return "Không có nghĩa vụ nào thực hiện chậm hoặc chưa thực hiện.";
        }
        List<String> parts = new ArrayList<>();
        for (ObligationStatus status :
                List.of(ObligationStatus.VIOLATED, ObligationStatus.OVERDUE, ObligationStatus.LATE)) {
            long n = behind.stream().filter(o -> o.status() == status).count();
            if (n > 0) {
                parts.add(words.label("compliance.status." + status).toLowerCase() + ": " + n);
            }
        }
        return "Nghĩa vụ cần lưu ý – " + String.join(", ", parts) + " (chi tiết và lý do tại Phụ lục 4).";
    }
}
