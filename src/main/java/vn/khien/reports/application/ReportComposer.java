package vn.khien.reports.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencySummary;
import vn.khien.compliance.Authorities;
import vn.khien.compliance.AuthorityHolder;
import vn.khien.compliance.AuthorityRole;
import vn.khien.reports.ReportKind;
import vn.khien.reports.domain.Narrative;
import vn.khien.reports.domain.Report;
import vn.khien.shared.ConflictException;
import vn.khien.shared.documents.DocumentBlock;
import vn.khien.shared.documents.OfficialDocument;

/**
 * Puts a report version together as an official document (Decree 30/2020/NĐ-CP, Appendix I): the drafted
 * data as part I, the narrative the agency wrote as parts II–IV, the appendix tables after the signature.
 * An agency reports to the coordinator; the coordinator to the recipient the dated authorities name.
 */
@Component
class ReportComposer {

    private final AgencyReportDrafter agencyDrafter;
    private final ProvincialReportDrafter provincialDrafter;
    private final AgencyDirectory agencies;
    private final Authorities authorities;

    ReportComposer(
            AgencyReportDrafter agencyDrafter,
            ProvincialReportDrafter provincialDrafter,
            AgencyDirectory agencies,
            Authorities authorities) {
        this.agencyDrafter = agencyDrafter;
        this.provincialDrafter = provincialDrafter;
        this.agencies = agencies;
        this.authorities = authorities;
    }

    /** The drafted content: the data as of the cut-off date. */
    ReportContent content(Report report) {
        if (report.kind() == ReportKind.AGENCY_ANNUAL) {
            return agencyDrafter.draft(report.agencyCode(), report.period(), report.cutOff());
        }
        return provincialDrafter.draft(report.kind(), report.year(), report.half(), report.cutOff());
    }

    OfficialDocument document(Report report, ReportContent content, LocalDate date) {
        AgencySummary agency = agencies.find(report.agencyCode()).orElse(null);
        String issuer = agency == null ? report.agencyCode() : agency.name();
        String parent = agency == null || agency.parentCode() == null
                ? null
                : agencies.find(agency.parentCode()).map(AgencySummary::name).orElse(null);
        List<DocumentBlock> body = new ArrayList<>(content.body());
        narrative(body, report.narrative());
        return new OfficialDocument(
                parent,
                issuer,
                report.number(),
                "Huế",
                date,
                "BÁO CÁO",
                summary(report),
                List.of(addressee(report, date)),
                body,
                new OfficialDocument.Signature("THỦ TRƯỞNG CƠ QUAN", null),
                List.of("Như trên", "Lưu: VT"),
                content.appendices().stream()
                        .map(a -> new OfficialDocument.Appendix(a.title(), a.table()))
                        .toList());
    }

    static String summary(Report report) {
        return switch (report.kind()) {
            case AGENCY_ANNUAL -> "Kết quả kiểm tra, đánh giá an toàn thông tin năm " + report.year();
            case PROVINCIAL_ANNUAL ->
                "Tổng hợp kết quả kiểm tra, đánh giá an toàn thông tin hệ thống cấp độ 3, 4 năm " + report.year();
            case PROVINCIAL_LEVEL5_HALF_YEAR ->
                "Kết quả kiểm tra, đánh giá an toàn thông tin hệ thống cấp độ 5, " + report.half() + " tháng "
                        + (report.half() == 1 ? "đầu" : "cuối") + " năm " + report.year();
        };
    }

    private String addressee(Report report, LocalDate date) {
        AuthorityRole role = report.kind() == ReportKind.AGENCY_ANNUAL
                ? AuthorityRole.COORDINATOR
                : AuthorityRole.MINISTRY_REPORT_RECIPIENT;
        return authorities
                .holder(role, date)
                .map(AuthorityHolder::organisationName)
                .orElse(role == AuthorityRole.COORDINATOR ? "Cơ quan điều phối của tỉnh" : "Bộ chủ quản");
    }

    /** The coordinator's agency code, as the dated authorities name it on the day. */
    String coordinatorCode(LocalDate day) {
        return authorities
                .holder(AuthorityRole.COORDINATOR, day)
                .map(AuthorityHolder::organisationCode)
                .filter(code -> code != null && !code.isBlank())
                .orElseThrow(() -> new ConflictException("reports.provincial.no-coordinator"));
    }

    private static void narrative(List<DocumentBlock> body, Narrative narrative) {
        section(body, "II. ĐÁNH GIÁ TÌNH HÌNH", narrative.situation());
        section(body, "III. KHÓ KHĂN, VƯỚNG MẮC", narrative.difficulties());
        section(body, "IV. ĐỀ XUẤT, KIẾN NGHỊ", narrative.proposals());
    }

    private static void section(List<DocumentBlock> body, String heading, String text) {
        body.add(new DocumentBlock.Heading(heading));
        if (text == null) {
            body.add(new DocumentBlock.Paragraph("Không có."));
            return;
        }
        for (String paragraph : text.split("\n+")) {
            if (!paragraph.isBlank()) {
                body.add(new DocumentBlock.Paragraph(paragraph.strip()));
            }
        }
    }
}
