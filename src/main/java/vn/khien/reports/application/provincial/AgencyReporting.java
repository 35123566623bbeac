package vn.khien.reports.application.provincial;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.PeriodObligations;
import vn.khien.compliance.PeriodObligations.PeriodObligation;
import vn.khien.shared.documents.DocumentBlock;
import vn.khien.systems.facts.SystemFacts;

/**
 * Section I: which agencies reported their assessment results to the coordinator on time, late or not
 * at all — compliance's obligations of the agencies' annual report (before 5 December) for the year; the
 * level 5 report counts only the owners of level 5 systems.
 */
@Component
class AgencyReporting {

    /** How an agency stands, in the order the appendix lists them (missing first). */
    enum Standing {
        MISSING("Quá hạn, chưa báo cáo"),
        NOT_YET_DUE("Chưa đến hạn"),
        LATE("Báo cáo muộn"),
        ON_TIME("Báo cáo đúng hạn"),
        EXEMPT("Được miễn"),
        NOT_EVALUATED("Chưa đủ dữ liệu để đánh giá");

        final String text;

        Standing(String text) {
            this.text = text;
        }

        static Standing of(ObligationStatus status) {
            return switch (status) {
                case MET -> ON_TIME;
                case LATE -> LATE;
                case OVERDUE, VIOLATED -> MISSING;
                case DUE, DUE_SOON -> NOT_YET_DUE;
                case WAIVED, NOT_APPLICABLE -> EXEMPT;
                case NOT_EVALUATED, NOT_FOLLOWED -> NOT_EVALUATED;
            };
        }
    }

    private final PeriodObligations obligations;
    private final JdbcClient jdbc;

    AgencyReporting(PeriodObligations obligations, JdbcClient jdbc) {
        this.obligations = obligations;
        this.jdbc = jdbc;
    }

    Section draft(ReportPeriod period, Appendices appendices) {
        List<DocumentBlock> body = new ArrayList<>();
        body.add(new DocumentBlock.Heading("I. TÌNH HÌNH BÁO CÁO KẾT QUẢ KIỂM TRA, ĐÁNH GIÁ CỦA CÁC CƠ QUAN"));
        if (!period.agencyReportsDue()) {
            body.add(new DocumentBlock.Paragraph("Trong " + period.name() + " không có kỳ báo cáo định kỳ của các cơ"
                    + " quan, đơn vị về kết quả kiểm tra, đánh giá (các cơ quan báo cáo Sở trước ngày 05/12 hằng năm);"
                    + " việc kiểm tra, đánh giá hệ thống cấp độ 5 trong kỳ được tổng hợp tại Mục II."));
            return new Section(null, body);
        }
        List<PeriodObligation> owed = owed(period);
        Map<String, String> names = names(owed);
        Map<Standing, Long> counts = new EnumMap<>(Standing.class);
        owed.forEach(o -> counts.merge(Standing.of(o.status()), 1L, Long::sum));
        long onTime = counts.getOrDefault(Standing.ON_TIME, 0L);
        long late = counts.getOrDefault(Standing.LATE, 0L);
        long missing = counts.getOrDefault(Standing.MISSING, 0L);
        long notDue = counts.getOrDefault(Standing.NOT_YET_DUE, 0L);
        if (owed.isEmpty()) {
            body.add(new DocumentBlock.Paragraph("Đến ngày " + Vn.day(period.cutOff()) + ", không có cơ quan, đơn vị"
                    + " nào phải báo cáo kết quả kiểm tra, đánh giá " + period.name() + " về Sở (không có cơ quan chủ"
                    + " quản hệ thống thông tin " + period.levelsText() + " trong kỳ)."));
            return new Section("không có cơ quan nào phải báo cáo kết quả kiểm tra, đánh giá", body);
        }
        List<List<String>> rows = new ArrayList<>();
        List<PeriodObligation> listed = new ArrayList<>(owed);
        var collator = Section.names();
        listed.sort(java.util.Comparator.comparing((PeriodObligation o) -> Standing.of(o.status()))
                .thenComparing(o -> names.getOrDefault(o.agencyCode(), o.agencyCode()), collator));
        for (PeriodObligation o : listed) {
            rows.add(Section.row(
                    Integer.toString(rows.size() + 1),
                    names.getOrDefault(o.agencyCode(), o.agencyCode()),
                    Vn.day(o.dueDate()),
                    Vn.day(o.doneOn()),
                    Standing.of(o.status()).text));
        }
        String reference = appendices.add(
                "Tình hình báo cáo kết quả kiểm tra, đánh giá " + period.name() + " của các cơ quan, đơn vị",
                List.of("STT", "Cơ quan, đơn vị", "Hạn báo cáo", "Ngày báo cáo", "Tình trạng"),
                rows);
        body.add(new DocumentBlock.Paragraph("Đến ngày " + Vn.day(period.cutOff()) + ", " + Vn.count(owed.size())
                + " cơ quan, đơn vị có trách nhiệm báo cáo Sở kết quả kiểm tra, đánh giá " + period.name() + "; trong"
                + " đó " + Vn.count(onTime) + " cơ quan báo cáo đúng hạn (" + Vn.percent(onTime, owed.size()) + "), "
                + Vn.count(late) + " cơ quan báo cáo muộn, " + Vn.count(missing) + " cơ quan quá hạn chưa báo cáo"
                + (notDue > 0 ? ", " + Vn.count(notDue) + " cơ quan chưa đến hạn báo cáo" : "")
                + " (chi tiết tại " + reference + ")."));
        return new Section(
                Vn.count(onTime) + "/" + Vn.count(owed.size()) + " cơ quan báo cáo đúng hạn, " + Vn.count(late)
                        + " báo cáo muộn, " + Vn.count(missing) + " chưa báo cáo",
                body);
    }

    private List<PeriodObligation> owed(ReportPeriod period) {
        List<PeriodObligation> all = obligations.of(ReportPeriod.ANNUAL_REPORT_RULE, period.end(), period.cutOff());
        if (period.annual()) {
            return all;
        }
        Set<String> owners = Set.copyOf(jdbc.sql("SELECT DISTINCT owner_code FROM %s WHERE approved_level = 5"
                        .formatted(SystemFacts.SYSTEM.name()))
                .query(String.class)
                .list());
        return all.stream().filter(o -> owners.contains(o.agencyCode())).toList();
    }

    private Map<String, String> names(List<PeriodObligation> owed) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name FROM %s WHERE code = ANY(CAST(:codes AS text[]))"
                        .formatted(AgencyFacts.AGENCY.name()))
                .param(
                        "codes",
                        owed.stream()
                                .map(PeriodObligation::agencyCode)
                                .distinct()
                                .toArray(String[]::new))
                .query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
                .list();
        return names;
    }
}
