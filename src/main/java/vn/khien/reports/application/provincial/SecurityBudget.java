package vn.khien.reports.application.provincial;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.registers.ItPlanKind;
import vn.khien.registers.facts.RegisterFacts;
import vn.khien.shared.documents.DocumentBlock;

/**
 * Section V: the share of IT plans and projects spent on security across the province (Directive 14 §1:
 * at least 10 %), the plans of active agencies in force in the report's year, compared exactly as
 * compliance's rule does ({@code security × 100 ≥ 10 × total}); an accepted exception is counted apart.
 */
@Component
class SecurityBudget {

    private static final int MARK_PERCENT = 10;

    private static final String PLANS =
            """
            WITH p AS (
                SELECT pl.plan_id, pl.agency_code, coalesce(a.name, pl.agency_code) AS agency_name, pl.kind,
                       pl.year_from, pl.year_to, pl.total_budget, pl.security_budget,
                       pl.exception_status = 'ACCEPTED' AS excepted,
                       pl.security_budget * 100 >= %3$d * pl.total_budget AS reached
                  FROM %1$s pl JOIN %2$s a ON a.code = pl.agency_code AND a.status = 'ACTIVE'
                 WHERE pl.year_from <= :year AND pl.year_to >= :year AND pl.total_budget > 0)""".formatted(RegisterFacts.IT_PLAN.name(), AgencyFacts.AGENCY.name(), MARK_PERCENT);

    private static final String[] KIND_NAMES = {
        "Kế hoạch ứng dụng CNTT hằng năm", "Kế hoạch ứng dụng CNTT 05 năm", "Dự án công nghệ thông tin"
    };

    private final JdbcClient jdbc;

    SecurityBudget(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Section draft(ReportPeriod period, Appendices appendices) {
        List<DocumentBlock> body = new ArrayList<>();
        body.add(new DocumentBlock.Heading("V. KINH PHÍ BẢO ĐẢM AN TOÀN THÔNG TIN"));
        List<List<String>> rows = new ArrayList<>();
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
        long[] plans = new long[3];
        jdbc.sql(PLANS + """
                         SELECT kind, count(*), sum(total_budget), sum(security_budget),
                                count(*) FILTER (WHERE reached), count(*) FILTER (WHERE NOT reached AND excepted)
                           FROM p GROUP BY kind ORDER BY kind""")
                .param("year", period.year())
                .query((rs, n) -> {
                    BigDecimal total = rs.getBigDecimal(3);
                    BigDecimal security = rs.getBigDecimal(4);
                    sums[0] = sums[0].add(total);
                    sums[1] = sums[1].add(security);
                    plans[0] += rs.getLong(2);
                    plans[1] += rs.getLong(5);
                    plans[2] += rs.getLong(6);
                    return rows.add(Section.row(
                            KIND_NAMES[ItPlanKind.valueOf(rs.getString(1)).ordinal()],
                            Vn.count(rs.getLong(2)),
                            Vn.money(total),
                            Vn.money(security),
                            Vn.percent(security, total),
                            Vn.count(rs.getLong(5))));
                })
                .list();
        if (plans[0] == 0) {
            body.add(new DocumentBlock.Paragraph("Đến ngày " + Vn.day(period.cutOff()) + ", các cơ quan, đơn vị chưa"
                    + " cập nhật kế hoạch ứng dụng công nghệ thông tin, dự án công nghệ thông tin có hiệu lực trong năm "
                    + period.year() + " vào hệ thống."));
            return new Section("chưa có kế hoạch ứng dụng CNTT năm " + period.year() + " được cập nhật", body);
        }
        rows.add(Section.row(
                "Tổng cộng",
                Vn.count(plans[0]),
                Vn.money(sums[0]),
                Vn.money(sums[1]),
                Vn.percent(sums[1], sums[0]),
                Vn.count(plans[1])));
        long below = plans[0] - plans[1] - plans[2];
        String reference = appendices.add(
                "Kế hoạch, dự án CNTT năm " + period.year() + " bố trí kinh phí an toàn thông tin dưới " + MARK_PERCENT
                        + " %",
                List.of(
                        "STT",
                        "Cơ quan, đơn vị",
                        "Kế hoạch, dự án",
                        "Thời gian",
                        "Tổng kinh phí (đồng)",
                        "Kinh phí ATTT (đồng)",
                        "Tỷ lệ"),
                belowMark(period));
        body.add(new DocumentBlock.Paragraph("Năm " + period.year() + ", " + Vn.count(plans[0]) + " kế hoạch ứng dụng"
                + " công nghệ thông tin, dự án công nghệ thông tin có hiệu lực với tổng kinh phí " + Vn.money(sums[0])
                + " đồng, trong đó kinh phí cho an toàn thông tin " + Vn.money(sums[1]) + " đồng ("
                + Vn.percent(sums[1], sums[0])
                + "); " + Vn.count(plans[1]) + " kế hoạch, dự án bố trí tối thiểu " + MARK_PERCENT
                + " % kinh phí cho an"
                + " toàn thông tin theo Chỉ thị 14/CT-TTg, " + Vn.count(below)
                + " kế hoạch, dự án chưa đạt (chi tiết tại "
                + reference + ")"
                + (plans[2] > 0 ? ", " + Vn.count(plans[2]) + " kế hoạch, dự án được chấp nhận ngoại lệ" : "")
                + "."));
        body.add(new DocumentBlock.Table(
                List.of(
                        "Loại",
                        "Số kế hoạch, dự án",
                        "Tổng kinh phí (đồng)",
                        "Kinh phí ATTT (đồng)",
                        "Tỷ lệ",
                        "Số đạt tối thiểu " + MARK_PERCENT + " %"),
                rows));
        return new Section(
                "kinh phí an toàn thông tin chiếm " + Vn.percent(sums[1], sums[0])
                        + " tổng kinh phí kế hoạch, dự án CNTT" + " (" + Vn.count(below) + " kế hoạch, dự án dưới "
                        + MARK_PERCENT + " %)",
                body);
    }

    private List<List<String>> belowMark(ReportPeriod period) {
        List<List<String>> rows = new ArrayList<>();
        jdbc.sql(PLANS + """
                         SELECT agency_name, kind, year_from, year_to, total_budget, security_budget FROM p
                          WHERE NOT reached AND NOT excepted
                          ORDER BY security_budget / total_budget, agency_name COLLATE public.vietnamese, plan_id""")
                .param("year", period.year())
                .query((rs, n) -> rows.add(Section.row(
                        Integer.toString(n + 1),
                        rs.getString(1),
                        KIND_NAMES[ItPlanKind.valueOf(rs.getString(2)).ordinal()],
                        rs.getInt(3) == rs.getInt(4)
                                ? Integer.toString(rs.getInt(3))
                                : rs.getInt(3) + "–" + rs.getInt(4),
                        Vn.money(rs.getBigDecimal(5)),
                        Vn.money(rs.getBigDecimal(6)),
                        Vn.percent(rs.getBigDecimal(6), rs.getBigDecimal(5)))))
                .list();
        return rows;
    }
}
