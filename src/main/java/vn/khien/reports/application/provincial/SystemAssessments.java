package vn.khien.reports.application.provincial;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.assessments.facts.AssessmentFacts;
import vn.khien.shared.documents.DocumentBlock;
import vn.khien.systems.facts.SystemFacts;

/**
 * Section II: the systems of the report's levels in operation, each with its latest assessment completed
 * in the period (assessor, independence, date, result) or none. Independent as Directive 14 §1 and
 * compliance's independence rule read it: the assessor provided the system no monitoring, protection or
 * incident response on the day it completed the assessment (an owner serving itself in-house and
 * assessing itself is not independent). Systems registered in Khiên by the cut-off date count. The result is the system's findings still awaiting remediation.
 */
@Component
class SystemAssessments {

    private static final String QUERY = """
            WITH sys AS (
                SELECT s.code, s.name, s.owner_code, s.approved_level FROM %1$s s
                 WHERE s.approved_level = ANY(CAST(:levels AS int[])) AND s.status = 'IN_OPERATION'
                   AND s.registered_on <= :cutOff),
            latest AS (
                SELECT DISTINCT ON (r.system_code) r.system_code, r.assessor_code, r.completed_on
                  FROM %2$s r JOIN sys ON sys.code = r.system_code
                 WHERE r.completed_on BETWEEN :start AND :until
                 ORDER BY r.system_code, r.completed_on DESC),
            conflict AS (
                SELECT DISTINCT l.system_code FROM latest l
                  JOIN sys s ON s.code = l.system_code
                  JOIN %3$s a ON a.system_code = l.system_code
                   AND (a.provider_code = l.assessor_code OR (a.provider_code IS NULL AND s.owner_code = l.assessor_code))
                   AND a.service IN ('MONITORING', 'PROTECTION', 'INCIDENT_RESPONSE')
                   AND a.valid_from <= l.completed_on AND (a.valid_to IS NULL OR a.valid_to >= l.completed_on)),
            waiting AS (
                SELECT f.system_code, count(*) AS open,
                       count(*) FILTER (WHERE f.severity IN ('CRITICAL', 'HIGH')) AS serious
                  FROM %4$s f JOIN sys ON sys.code = f.system_code
                 WHERE f.status IN ('OPEN', 'REMEDIATION_PLANNED')
                 GROUP BY f.system_code)
            SELECT s.code, s.name, s.approved_level, coalesce(o.name, s.owner_code) AS owner_name,
                   l.completed_on, coalesce(x.name, l.assessor_code) AS assessor_name,
                   c.system_code IS NOT NULL AS conflict, coalesce(w.open, 0) AS open, coalesce(w.serious, 0) AS serious
              FROM sys s
              LEFT JOIN latest l ON l.system_code = s.code
              LEFT JOIN conflict c ON c.system_code = s.code
              LEFT JOIN waiting w ON w.system_code = s.code
              LEFT JOIN %5$s o ON o.code = s.owner_code
              LEFT JOIN %5$s x ON x.code = l.assessor_code
             ORDER BY s.approved_level DESC, l.completed_on IS NOT NULL, coalesce(o.name, s.owner_code) COLLATE public.vietnamese,
                      s.name
                      COLLATE public.vietnamese, s.code""".formatted(
                    SystemFacts.SYSTEM.name(),
                    AssessmentFacts.ASSESSMENT_RESULT.name(),
                    SystemFacts.ARRANGEMENT.name(),
                    AssessmentFacts.FINDING.name(),
                    AgencyFacts.AGENCY.name());

    record Line(
            String code,
            String name,
            int level,
            String owner,
            LocalDate assessedOn,
            String assessor,
            boolean conflict,
            long open,
            long serious) {

        boolean assessed() {
            return assessedOn != null;
        }

        String result() {
            if (!assessed()) {
                return "";
            }
            return open == 0
                    ? "Không còn tồn tại chưa khắc phục"
                    : "Còn " + Vn.count(open) + " tồn tại chưa khắc phục"
                            + (serious > 0 ? " (" + Vn.count(serious) + " mức cao, nghiêm trọng)" : "");
        }
    }

    private final JdbcClient jdbc;

    SystemAssessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Section draft(ReportPeriod period, Appendices appendices) {
        List<Line> lines = jdbc.sql(QUERY)
                .param("levels", period.levelArray())
                .param("start", period.start())
                .param("until", period.until())
                .param("cutOff", period.cutOff())
                .query((rs, n) -> new Line(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getInt("approved_level"),
                        rs.getString("owner_name"),
                        rs.getObject("completed_on", LocalDate.class),
                        rs.getString("assessor_name"),
                        rs.getBoolean("conflict"),
                        rs.getLong("open"),
                        rs.getLong("serious")))
                .list();
        List<DocumentBlock> body = new ArrayList<>();
        body.add(new DocumentBlock.Heading("II. KIỂM TRA, ĐÁNH GIÁ HỆ THỐNG THÔNG TIN "
                + period.levelsText().toUpperCase(Vn.VI)));
        long assessed = lines.stream().filter(Line::assessed).count();
        long dependent = lines.stream().filter(Line::conflict).count();
        if (lines.isEmpty()) {
            body.add(new DocumentBlock.Paragraph("Đến ngày " + Vn.day(period.cutOff()) + ", trên địa bàn tỉnh không"
                    + " có hệ thống thông tin " + period.levelsText() + " đang vận hành."));
            return new Section("không có hệ thống thông tin " + period.levelsText() + " đang vận hành", body);
        }
        String reference = appendices.add(
                "Hệ thống thông tin " + period.levelsText() + " và kết quả kiểm tra, đánh giá " + period.name(),
                List.of(
                        "STT",
                        "Hệ thống thông tin",
                        "Cấp độ",
                        "Chủ quản",
                        "Ngày hoàn thành đánh giá",
                        "Tổ chức đánh giá",
                        "Độc lập với đơn vị giám sát, bảo vệ",
                        "Kết quả"),
                rows(lines));
        body.add(new DocumentBlock.Paragraph("Trên địa bàn tỉnh có " + Vn.count(lines.size()) + " hệ thống thông tin "
                + period.levelsText() + " đang vận hành; trong " + period.name() + " (từ ngày " + Vn.day(period.start())
                + " đến ngày " + Vn.day(period.until()) + ") " + Vn.count(assessed) + " hệ thống đã được kiểm tra,"
                + " đánh giá (" + Vn.percent(assessed, lines.size()) + "), " + Vn.count(lines.size() - assessed)
                + " hệ thống chưa được kiểm tra, đánh giá; " + Vn.count(dependent) + " hệ thống được đánh giá bởi tổ"
                + " chức không độc lập với đơn vị giám sát, bảo vệ hệ thống (chi tiết tại " + reference + ")."));
        body.add(byLevel(lines));
        return new Section(
                Vn.count(assessed) + "/" + Vn.count(lines.size()) + " hệ thống " + period.levelsText()
                        + " đã được kiểm tra, đánh giá",
                body);
    }

    private static DocumentBlock.Table byLevel(List<Line> lines) {
        Map<Integer, long[]> levels = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Line l : lines) {
            long[] c = levels.computeIfAbsent(l.level(), k -> new long[4]);
            c[0]++;
            c[1] += l.assessed() ? 1 : 0;
            c[2] += l.assessed() && !l.conflict() ? 1 : 0;
            c[3] += l.assessed() ? 0 : 1;
        }
        List<List<String>> rows = new ArrayList<>();
        levels.forEach((level, c) -> rows.add(
                Section.row("Cấp độ " + level, Vn.count(c[0]), Vn.count(c[1]), Vn.count(c[2]), Vn.count(c[3]))));
        return new DocumentBlock.Table(
                List.of(
                        "Cấp độ",
                        "Số hệ thống",
                        "Đã kiểm tra, đánh giá",
                        "Trong đó: tổ chức đánh giá độc lập",
                        "Chưa kiểm tra, đánh giá"),
                rows);
    }

    private static List<List<String>> rows(List<Line> lines) {
        List<List<String>> rows = new ArrayList<>(lines.size());
        for (Line l : lines) {
            rows.add(Section.row(
                    Integer.toString(rows.size() + 1),
                    l.name(),
                    Integer.toString(l.level()),
                    l.owner(),
                    l.assessed() ? Vn.day(l.assessedOn()) : "Chưa đánh giá",
                    l.assessed() ? l.assessor() : "",
                    l.assessed() ? (l.conflict() ? "Không" : "Có") : "",
                    l.result()));
        }
        return rows;
    }
}
