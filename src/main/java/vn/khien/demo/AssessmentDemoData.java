package vn.khien.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.khien.assessments.AssessmentConduct;
import vn.khien.assessments.AssessmentKind;
import vn.khien.assessments.AssessmentPlanning;
import vn.khien.assessments.CampaignPartyKind;
import vn.khien.assessments.CampaignPartyRegister;
import vn.khien.assessments.FindingRemediation;
import vn.khien.assessments.NewCampaignParty;
import vn.khien.assessments.NewFinding;
import vn.khien.assessments.OverdueRemediation;
import vn.khien.assessments.RemediationCampaigns;
import vn.khien.assessments.Severity;

/**
 * The demo province's assessments, through the module's public API (so every step is checked and
 * audited): the Department of Home Affairs' 2026 plan, a completed assessment of its level 3 staff
 * database by the demo assessment organisation with findings in several states, one of them overdue,
 * and the remediation campaign for the national 2018 review.
 */
@Component
class AssessmentDemoData implements DemoDataset {

    private static final String AGENCY = "H57.02";
    private static final String SYSTEM = "SNV.QLCB";
    private static final String ASSESSOR = "DG.KIEMDINH-DEMO";

    private final AssessmentPlanning plans;
    private final AssessmentConduct assessments;
    private final FindingRemediation findings;
    private final RemediationCampaigns campaigns;
    private final CampaignPartyRegister parties;
    private final OverdueRemediation overdue;
    private final Clock clock;

    AssessmentDemoData(
            AssessmentPlanning plans,
            AssessmentConduct assessments,
            FindingRemediation findings,
            RemediationCampaigns campaigns,
            CampaignPartyRegister parties,
            OverdueRemediation overdue,
            Clock clock) {
        this.plans = plans;
        this.assessments = assessments;
        this.findings = findings;
        this.campaigns = campaigns;
        this.parties = parties;
        this.overdue = overdue;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        UUID plan = plans.create(AGENCY, 2026);
        plans.addItem(
                plan,
                SYSTEM,
                AssessmentKind.COMPLIANCE_CHECK,
                ASSESSOR,
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 20));
        plans.submit(plan);
        UUID assessment = plans.approve(plan).get(0);

        assessments.start(assessment);
        UUID mfa = raise(assessment, "Tài khoản quản trị không dùng xác thực đa yếu tố", "KT.MC.05", Severity.CRITICAL);
        UUID tls = raise(assessment, "Kết nối tới cơ sở dữ liệu chưa được mã hóa", "KT.UD.04", Severity.HIGH);
        raise(assessment, "Bản sao lưu chưa từng được kiểm tra khôi phục", "KT.DL.02", Severity.MEDIUM);
        UUID logs = raise(assessment, "Nhật ký máy chủ chỉ lưu cục bộ", "KT.MC.04", Severity.LOW);
        UUID patches = raise(assessment, "Bản vá hệ điều hành cập nhật chậm", "QL.VH.05", Severity.HIGH);
        assessments.draftReport(assessment);
        assessments.comment(
                assessment, "Sở Nội vụ thống nhất với dự thảo báo cáo; đề nghị gia hạn khắc phục mục sao lưu.");
        assessments.complete(assessment, today, false);

        findings.planRemediation(mfa, "Phòng Công nghệ thông tin", "Triển khai OTP cho tài khoản quản trị", null);
        findings.claimFixed(tls, "Đã bật TLS 1.3 cho kết nối ứng dụng – CSDL");
        findings.verify(tls, true, null);
        findings.claimFixed(logs, "Đã chuyển nhật ký về máy chủ thu thập tập trung");
        // the patch finding was due before today, as if raised weeks ago: the coordinator records the date
        findings.correctDueDate(patches, today.minusDays(10), "Hạn khắc phục theo biên bản kiểm tra trước đó");
        overdue.markOverdue(today);

        UUID review = campaigns.create(
                "Rà soát quốc gia 2018", "Danh sách tồn tại do đợt rà soát, đánh giá quốc gia năm 2018 chuyển về tỉnh");
        for (var handedDown : List.of(
                new String[] {AGENCY, "Máy chủ web dùng phiên bản hệ điều hành hết hỗ trợ"},
                new String[] {"H57.10", "Cổng thông tin có lỗ hổng chèn mã SQL ở trang tìm kiếm"},
                new String[] {"H57.03", "Chưa có quy chế bảo đảm an toàn thông tin được ban hành"})) {
            campaigns.addFinding(
                    review,
                    handedDown[0],
                    new NewFinding(null, handedDown[1], null, null, Severity.HIGH, null, today.plusDays(30)));
        }
        parties.addParty(
                review,
                new NewCampaignParty(
                        CampaignPartyKind.PROVINCIAL_POLICE,
                        "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh",
                        null,
                        "Phối hợp rà soát, khắc phục các tồn tại (Công văn 5620/UBND-CT, mục 2)"));
    }

    private UUID raise(UUID assessment, String title, String requirement, Severity severity) {
        return findings.raise(assessment, new NewFinding(SYSTEM, title, null, requirement, severity, null, null));
    }
}
