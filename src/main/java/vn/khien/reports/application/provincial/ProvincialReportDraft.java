package vn.khien.reports.application.provincial;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.reports.ReportKind;
import vn.khien.reports.application.ProvincialReportDrafter;
import vn.khien.reports.application.ReportContent;
import vn.khien.shared.documents.DocumentBlock;

/**
 * Drafts the coordinator's consolidated report to the ministry: an opening with the legal basis, a summary
 * paragraph with the key numbers, then one section per subject with totals only; the lists go to the
 * appendices. Each section reads the whole province in a few set-based statements, so the draft costs
 * the same handful of queries for 20 agencies or 2,000.
 */
@Service
class ProvincialReportDraft implements ProvincialReportDrafter {

    private final AgencyReporting agencies;
    private final SystemAssessments systems;
    private final FindingRemediation findings;
    private final IncidentSituation incidents;
    private final SecurityBudget budget;
    private final AgencyRanking ranking;
    private final Clock clock;

    ProvincialReportDraft(
            AgencyReporting agencies,
            SystemAssessments systems,
            FindingRemediation findings,
            IncidentSituation incidents,
            SecurityBudget budget,
            AgencyRanking ranking,
            Clock clock) {
        this.agencies = agencies;
        this.systems = systems;
        this.findings = findings;
        this.incidents = incidents;
        this.budget = budget;
        this.ranking = ranking;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReportContent draft(ReportKind kind, int year, Integer half, LocalDate cutOff) {
        ReportPeriod period = new ReportPeriod(kind, year, half, cutOff);
        Appendices appendices = new Appendices();
        List<Section> sections = List.of(
                agencies.draft(period, appendices),
                systems.draft(period, appendices),
                findings.draft(period, appendices),
                incidents.draft(period),
                budget.draft(period, appendices),
                ranking.draft(period, appendices, clock.getZone()));
        List<DocumentBlock> body = new ArrayList<>();
        body.add(new DocumentBlock.Paragraph(opening(period)));
        body.add(new DocumentBlock.Paragraph("Tóm tắt (số liệu đến ngày " + Vn.day(cutOff) + "): "
                + String.join(
                        "; ",
                        sections.stream()
                                .map(Section::summary)
                                .filter(Objects::nonNull)
                                .toList())
                + "."));
        sections.forEach(s -> body.addAll(s.body()));
        return new ReportContent(body, appendices.all());
    }

    private static String opening(ReportPeriod period) {
        String basis = "Thực hiện Chỉ thị số 14/CT-TTg ngày 07/6/2019 của Thủ tướng Chính phủ về việc tăng cường bảo"
                + " đảm an toàn, an ninh mạng nhằm cải thiện chỉ số xếp hạng của Việt Nam và Công văn số 5620/UBND-CT"
                + " ngày 09/8/2019 của Ủy ban nhân dân tỉnh";
        return period.annual()
                ? basis + ", Sở báo cáo tổng hợp kết quả kiểm tra, đánh giá an toàn thông tin đối với hệ thống thông"
                        + " tin cấp độ 3, cấp độ 4 trên địa bàn tỉnh " + period.name() + " như sau:"
                : basis + " và Nghị định số 85/2016/NĐ-CP (hệ thống cấp độ 5 được kiểm tra, đánh giá 06 tháng một"
                        + " lần), Sở báo cáo kết quả kiểm tra, đánh giá an toàn thông tin đối với hệ thống thông tin"
                        + " cấp độ 5 trên địa bàn tỉnh " + period.name() + " như sau:";
    }
}
