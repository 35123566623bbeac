package vn.khien.reports.application.provincial;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.assessments.Severity;
import vn.khien.assessments.facts.AssessmentFacts;
import vn.khien.shared.documents.DocumentBlock;
import vn.khien.systems.facts.SystemFacts;

/**
 * Section III: the findings on the report's systems (the annual report adds agency-wide findings) that
 * were not closed before the period began, by severity and where their remediation stood on the cut-off
 * date: closed on time, closed late, still within their deadline, overdue, risk accepted by the head.
 */
@Component
class FindingRemediation {

    private static final String SCOPE = """
            WITH f AS (
                SELECT f.agency_code, f.severity, f.status, f.due_on,
                       CASE WHEN f.closed_on <= :until THEN f.closed_on END AS closed_on
                  FROM %1$s f
                  LEFT JOIN %2$s s ON s.code = f.system_code
                 WHERE (f.closed_on IS NULL OR f.closed_on >= :start)
                   AND (s.approved_level = ANY(CAST(:levels AS int[]))
                        OR (:agencyWide AND coalesce(f.system_code, '') = ''))),
            g AS (
                SELECT agency_code, severity,
                       CASE WHEN status = 'RISK_ACCEPTED' THEN 'accepted'
                            WHEN closed_on IS NOT NULL AND (due_on IS NULL OR closed_on <= due_on) THEN 'on_time'
                            WHEN closed_on IS NOT NULL THEN 'late'
                            WHEN due_on < :until THEN 'overdue' ELSE 'open' END AS standing
                  FROM f)""".formatted(AssessmentFacts.FINDING.name(), SystemFacts.SYSTEM.name());

    private static final String[] STANDINGS = {"on_time", "late", "open", "overdue", "accepted"};

    private final JdbcClient jdbc;
    private final MessageSource messages;

    FindingRemediation(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    Section draft(ReportPeriod period, Appendices appendices) {
        long[][] counts = new long[Severity.values().length][STANDINGS.length];
        params(jdbc.sql(SCOPE + " SELECT severity, standing, count(*) FROM g GROUP BY severity, standing"), period)
                .query((rs, n) -> counts[Severity.valueOf(rs.getString(1)).ordinal()][
                                List.of(STANDINGS).indexOf(rs.getString(2))] =
                        rs.getLong(3))
                .list();
        long[] totals = new long[STANDINGS.length];
        List<List<String>> rows = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long[] c = counts[severity.ordinal()];
            long all = 0;
            for (int i = 0; i < c.length; i++) {
                totals[i] += c[i];
                all += c[i];
            }
            rows.add(row(messages.getMessage("assessments.severity." + severity.name(), null, Vn.VI), all, c));
        }
        long total = 0;
        for (long t : totals) {
            total += t;
        }
        rows.add(row("Tổng cộng", total, totals));
        List<DocumentBlock> body = new ArrayList<>();
        body.add(new DocumentBlock.Heading("III. TỒN TẠI, ĐIỂM YẾU VÀ VIỆC KHẮC PHỤC"));
        if (total == 0) {
            body.add(new DocumentBlock.Paragraph("Trong " + period.name() + ", việc kiểm tra, đánh giá các hệ thống"
                    + " thông tin " + period.levelsText() + " không ghi nhận tồn tại, điểm yếu cần khắc phục."));
            return new Section("không ghi nhận tồn tại, điểm yếu cần khắc phục", body);
        }
        String reference = appendices.add(
                "Cơ quan, đơn vị còn tồn tại, điểm yếu chưa khắc phục đến ngày " + Vn.day(period.cutOff()),
                List.of(
                        "STT",
                        "Cơ quan, đơn vị",
                        "Quá hạn khắc phục",
                        "Trong đó mức nghiêm trọng, cao",
                        "Đang khắc phục trong hạn"),
                byAgency(period));
        long closed = totals[0] + totals[1];
        body.add(new DocumentBlock.Paragraph("Qua kiểm tra, đánh giá đã ghi nhận " + Vn.count(total) + " tồn tại,"
                + " điểm yếu; đến ngày " + Vn.day(period.cutOff()) + " đã khắc phục " + Vn.count(closed) + " ("
                + Vn.percent(closed, total) + "), trong đó " + Vn.count(totals[0]) + " đúng hạn; "
                + Vn.count(totals[3]) + " tồn tại quá hạn chưa khắc phục, " + Vn.count(totals[2])
                + " tồn tại đang khắc phục trong hạn, " + Vn.count(totals[4]) + " tồn tại được thủ trưởng cơ quan chấp"
                + " nhận rủi ro (chi tiết theo cơ quan tại " + reference + ")."));
        body.add(new DocumentBlock.Table(
                List.of(
                        "Mức độ",
                        "Tổng số",
                        "Khắc phục đúng hạn",
                        "Khắc phục muộn",
                        "Đang khắc phục trong hạn",
                        "Quá hạn chưa khắc phục",
                        "Chấp nhận rủi ro"),
                rows));
        return new Section(
                Vn.count(total) + " tồn tại, điểm yếu, đã khắc phục " + Vn.count(closed) + ", quá hạn "
                        + Vn.count(totals[3]),
                body);
    }

    private List<List<String>> byAgency(ReportPeriod period) {
        List<List<String>> rows = new ArrayList<>();
        params(jdbc.sql(SCOPE + """
                                 SELECT coalesce(a.name, g.agency_code),
                                        count(*) FILTER (WHERE standing = 'overdue'),
                                        count(*) FILTER (WHERE standing = 'overdue' AND severity IN ('CRITICAL', 'HIGH')),
                                        count(*) FILTER (WHERE standing = 'open')
                                   FROM g LEFT JOIN %s a ON a.code = g.agency_code
                                  WHERE standing IN ('overdue', 'open')
                                  GROUP BY g.agency_code, a.name
                                  ORDER BY 2 DESC, 3 DESC, coalesce(a.name, g.agency_code) COLLATE public.vietnamese""".formatted(AgencyFacts.AGENCY.name())), period)
                .query((rs, n) -> rows.add(Section.row(
                        Integer.toString(n + 1),
                        rs.getString(1),
                        Vn.count(rs.getLong(2)),
                        Vn.count(rs.getLong(3)),
                        Vn.count(rs.getLong(4)))))
                .list();
        return rows;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, ReportPeriod period) {
        return sql.param("levels", period.levelArray())
                .param("start", period.start())
                .param("until", period.until())
                .param("agencyWide", period.annual());
    }

    private static List<String> row(String label, long all, long[] c) {
        return Section.row(
                label, Vn.count(all), Vn.count(c[0]), Vn.count(c[1]), Vn.count(c[2]), Vn.count(c[3]), Vn.count(c[4]));
    }
}
