package vn.khien.reports.application.provincial;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.reports.ReportKind;
import vn.khien.reports.application.ProvincialReportDrafter;
import vn.khien.reports.application.ReportContent;
import vn.khien.shared.documents.DocumentBlock;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.Today;

/**
 * The consolidated reports to the ministry drafted from the demo province: each figure is counted again
 * here with SQL of its own over the modules' tables.
 */
@KhienIntegrationTest
class ProvincialReportDraftIntegrationTests {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    ProvincialReportDrafter drafter;

    @Autowired
    JdbcClient jdbc;

    LocalDate today = Today.inVietnam();
    int year = today.isAfter(LocalDate.of(today.getYear(), 12, 14)) ? today.getYear() + 1 : today.getYear();

    ReportContent annual() {
        return drafter.draft(ReportKind.PROVINCIAL_ANNUAL, year, null, today);
    }

    @Test
    void listsEveryAgencyThatOwesTheAnnualReportWithTheStandingComplianceGivesIt() {
        ReportContent report = annual();
        List<List<String>> rows =
                appendix(report, "Tình hình báo cáo").orElseThrow().rows();
        long owed = jdbc.sql("""
                        SELECT count(*) FROM compliance.obligation
                         WHERE rule_id = 'ct14.agency-annual-report' AND period_end = :end""")
                .param("end", LocalDate.of(year, 12, 14))
                .query(Long.class)
                .single();
        long late = jdbc.sql("""
                        SELECT count(*) FROM compliance.obligation
                         WHERE rule_id = 'ct14.agency-annual-report' AND period_end = :end AND status = 'LATE'""")
                .param("end", LocalDate.of(year, 12, 14))
                .query(Long.class)
                .single();
        assertThat(rows).hasSize((int) owed);
        assertThat(rows).filteredOn(r -> r.get(4).equals("Báo cáo muộn")).hasSize((int) late);
        assertThat(text(report)).contains(owed + " cơ quan, đơn vị có trách nhiệm báo cáo Sở");
    }

    @Test
    void listsEveryLevelThreeAndFourSystemInOperationWithTheAssessmentsOfTheYear() {
        ReportContent report = annual();
        List<List<String>> rows = appendix(report, "Hệ thống thông tin cấp độ 3, cấp độ 4")
                .orElseThrow()
                .rows();
        long systems = jdbc.sql("""
                        SELECT count(*) FROM systems.information_system
                         WHERE approved_level IN (3, 4) AND status = 'IN_OPERATION'""").query(Long.class).single();
        long assessed = jdbc.sql("""
                        SELECT count(DISTINCT x.system_code) FROM assessments.assessment a
                          JOIN assessments.assessment_system x ON x.assessment = a.id
                          JOIN systems.information_system s ON s.code = x.system_code
                         WHERE a.status = 'COMPLETED' AND s.approved_level IN (3, 4) AND s.status = 'IN_OPERATION'
                           AND a.completed_on BETWEEN :from AND :until""")
                .param("from", LocalDate.of(year - 1, 12, 15))
                .param("until", today)
                .query(Long.class)
                .single();
        assertThat(rows).hasSize((int) systems);
        assertThat(rows).allSatisfy(r -> assertThat(r.get(2)).isIn("3", "4"));
        assertThat(rows).filteredOn(r -> !r.get(4).equals("Chưa đánh giá")).hasSize((int) assessed);
        assertThat(assessed).isPositive();
    }

    @Test
    void countsTheIncidentsOfTheYearAsFormFiveDoes() {
        long incidents = jdbc.sql("""
                        SELECT count(*) FROM incidents.incident
                         WHERE status <> 'REJECTED' AND detected_at >= :from AND detected_at < :to""")
                .param(
                        "from",
                        Timestamp.from(LocalDate.of(year - 1, 12, 15)
                                .atStartOfDay(VIETNAM)
                                .toInstant()))
                .param(
                        "to",
                        Timestamp.from(today.plusDays(1).atStartOfDay(VIETNAM).toInstant()))
                .query(Long.class)
                .single();
        assertThat(incidents).isPositive();
        assertThat(lastCell(annual(), "Loại sự cố")).isEqualTo(Vn.count(incidents));
    }

    @Test
    void countsTheFindingsOfLevelThreeAndFourSystemsAndAgencyWideOnesBySeverity() {
        long findings = jdbc.sql("""
                        SELECT count(*) FROM assessments.finding f
                          LEFT JOIN systems.information_system s ON s.code = f.system_code
                         WHERE (f.closed_on IS NULL OR f.closed_on >= :from)
                           AND (s.approved_level IN (3, 4) OR coalesce(f.system_code, '') = '')""")
                .param("from", LocalDate.of(year - 1, 12, 15))
                .query(Long.class)
                .single();
        assertThat(findings).isPositive();
        assertThat(last(table(annual(), "Mức độ").orElseThrow().rows()).get(1)).isEqualTo(Vn.count(findings));
    }

    @Test
    void sumsTheSecurityBudgetOfThePlansInForceInTheYear() {
        long plans = jdbc.sql("""
                        SELECT count(*) FROM registers.published_it_plan p
                          JOIN agencies.agency a ON a.code = p.agency_code AND a.status = 'ACTIVE'
                         WHERE p.year_from <= :year AND p.year_to >= :year AND p.total_budget > 0""").param("year", year).query(Long.class).single();
        assertThat(plans).isPositive();
        assertThat(last(table(annual(), "Loại").orElseThrow().rows()).get(1)).isEqualTo(Vn.count(plans));
    }

    @Test
    void theLevelFiveHalfYearReportCountsOnlyLevelFiveSystemsAndTheAssessmentsOfItsHalf() {
        long level5 = jdbc.sql("""
                        SELECT count(*) FROM systems.information_system WHERE approved_level = 5 AND status = 'IN_OPERATION'""").query(Long.class).single();
        for (int half = 1; half <= 2; half++) {
            LocalDate from = half == 1 ? LocalDate.of(year - 1, 12, 15) : LocalDate.of(year, 6, 15);
            LocalDate to = half == 1 ? LocalDate.of(year, 6, 14) : LocalDate.of(year, 12, 14);
            LocalDate until = today.isBefore(to) ? today : to;
            long assessed = jdbc.sql("""
                            SELECT count(DISTINCT x.system_code) FROM assessments.assessment a
                              JOIN assessments.assessment_system x ON x.assessment = a.id
                              JOIN systems.information_system s ON s.code = x.system_code
                             WHERE a.status = 'COMPLETED' AND s.approved_level = 5 AND s.status = 'IN_OPERATION'
                               AND a.completed_on BETWEEN :from AND :until""")
                    .param("from", from)
                    .param("until", until)
                    .query(Long.class)
                    .single();
            ReportContent report = drafter.draft(ReportKind.PROVINCIAL_LEVEL5_HALF_YEAR, year, half, today);
            List<List<String>> rows = appendix(report, "Hệ thống thông tin cấp độ 5")
                    .orElseThrow()
                    .rows();
            assertThat(rows)
                    .hasSize((int) level5)
                    .allSatisfy(r -> assertThat(r.get(2)).isEqualTo("5"));
            assertThat(rows).filteredOn(r -> !r.get(4).equals("Chưa đánh giá")).hasSize((int) assessed);
            long incidents = jdbc.sql("""
                            SELECT count(*) FROM incidents.incident i
                              JOIN systems.information_system s ON s.code = i.system_code AND s.approved_level = 5
                             WHERE i.status <> 'REJECTED' AND i.detected_at >= :from AND i.detected_at < :to""")
                    .param("from", Timestamp.from(from.atStartOfDay(VIETNAM).toInstant()))
                    .param(
                            "to",
                            Timestamp.from(
                                    until.plusDays(1).atStartOfDay(VIETNAM).toInstant()))
                    .query(Long.class)
                    .single();
            if (incidents == 0) {
                assertThat(text(report)).contains("không ghi nhận sự cố an toàn thông tin mạng trên các hệ thống");
            } else {
                assertThat(lastCell(report, "Loại sự cố")).isEqualTo(Vn.count(incidents));
            }
            assertThat(text(report))
                    .contains(half == 1 ? "6 tháng đầu năm " + year : "6 tháng cuối năm " + year)
                    .contains("từ ngày " + Vn.day(from))
                    .doesNotContain("cấp độ 3, cấp độ 4");
        }
        assertThat(text(drafter.draft(ReportKind.PROVINCIAL_LEVEL5_HALF_YEAR, year, 1, today)))
                .contains("không có kỳ báo cáo định kỳ của các cơ quan");
    }

    @Test
    void aYearWithoutDataReadsAsSentencesSayingSoWithoutEmptyTables() {
        ReportContent report = drafter.draft(ReportKind.PROVINCIAL_ANNUAL, 2019, null, LocalDate.of(2019, 12, 20));
        String text = text(report);
        assertThat(text)
                .contains("Tóm tắt (số liệu đến ngày 20/12/2019)")
                .contains("không ghi nhận sự cố an toàn thông tin mạng")
                .contains("chưa được công bố")
                .doesNotContain("null");
        assertThat(report.appendices())
                .allSatisfy(a -> assertThat(a.table().rows()).isNotEmpty());
        assertThat(report.body())
                .filteredOn(DocumentBlock.Table.class::isInstance)
                .allSatisfy(t -> assertThat(((DocumentBlock.Table) t).rows()).isNotEmpty());
    }

    static Optional<DocumentBlock.Table> appendix(ReportContent report, String title) {
        return report.appendices().stream()
                .filter(a -> a.title().contains(title))
                .map(ReportContent.Appendix::table)
                .findFirst();
    }

    static Optional<DocumentBlock.Table> table(ReportContent report, String firstHeader) {
        return report.body().stream()
                .filter(DocumentBlock.Table.class::isInstance)
                .map(DocumentBlock.Table.class::cast)
                .filter(t -> t.header().get(0).equals(firstHeader))
                .findFirst();
    }

    static String lastCell(ReportContent report, String firstHeader) {
        List<String> row = last(table(report, firstHeader).orElseThrow().rows());
        return last(row);
    }

    static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    static String text(ReportContent report) {
        StringBuilder text = new StringBuilder();
        for (DocumentBlock block : report.body()) {
            if (block instanceof DocumentBlock.Paragraph p) {
                text.append(p.text()).append('\n');
            } else if (block instanceof DocumentBlock.Heading h) {
                text.append(h.text()).append('\n');
            }
        }
        return text.toString();
    }
}
