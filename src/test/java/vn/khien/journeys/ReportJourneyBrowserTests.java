package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The agency's annual report in Debian's chromium: Sở Nội vụ's officer opens the 2027 report and writes
 * the narrative, the head approves and submits it (on time: due before 5 December 2027); the coordinator
 * sees it on time on the board and returns another agency's report (the demo's late 2025 report of Sở
 * Giáo dục và Đào tạo) with comments. Screenshots at 1366 px and on a 390 px phone into
 * target/screenshots/reports/; axe-core finds no serious or critical WCAG 2.1 AA violation at 1366 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportJourneyBrowserTests extends BrowserJourney {

    private static final String PASSWORD = "Khien-Demo-2026";

    private final List<String> violations = new ArrayList<>();

    @Test
    void theOfficerWritesTheHeadSubmitsOnTimeAndTheCoordinatorReturnsAnotherAgencysReport() throws Exception {
        browser.signIn("canbo.sonv", PASSWORD);
        browser.go("/reports");
        browser.type(By.id("year"), "2027");
        browser.click(By.id("create-report-button"));
        browser.type(
                By.id("situation"), "Các hệ thống thông tin của Sở vận hành ổn định, không có sự cố nghiêm trọng.");
        browser.type(By.id("difficulties"), "Thiếu cán bộ chuyên trách an toàn thông tin.");
        browser.type(By.id("proposals"), "Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn.");
        browser.click(By.id("save-narrative"));
        assertThat(browser.text(By.id("report-status"))).contains("Đang soạn");
        String report = browser.path();
        violations.addAll(browser.screenshotsAtBothWidths("reports/01-narrative"));
        browser.signOut();

        browser.signIn("giamdoc.sonv", PASSWORD);
        browser.go(report);
        browser.click(By.id("approve-button"));
        browser.type(By.id("number"), "45/BC-SNV");
        browser.click(By.id("submit-button"));
        assertThat(browser.text(By.id("report-status"))).contains("Đã gửi").contains("Đúng hạn");
        violations.addAll(browser.screenshotsAtBothWidths("reports/02-submitted"));
        browser.signOut();

        browser.signIn("dieuphoi", PASSWORD);
        browser.go("/reports?year=2027&status=SUBMITTED");
        assertThat(browser.text(By.id("board"))).contains("Sở Nội vụ").contains("Đúng hạn");
        violations.addAll(browser.screenshotsAtBothWidths("reports/03-board"));
        browser.go("/reports?year=2025&status=SUBMITTED");
        browser.click(By.cssSelector("tr[data-agency='H57.09'] a"));
        browser.type(By.id("return-reason"), "Đề nghị bổ sung kết quả đánh giá hệ thống cấp độ 3 và lý do gửi chậm.");
        browser.click(By.id("return-button"));
        assertThat(browser.text(By.id("report-status"))).contains("Bị trả lại");
        assertThat(browser.text(By.id("return-comments"))).contains("bổ sung kết quả đánh giá");
        violations.addAll(browser.screenshotsAtBothWidths("reports/04-returned"));

        // the coordinator's own report to the ministry, drafted from the province's data
        // (the half-yearly level 5 one: the integration tests submit this year's annual one)
        browser.go("/reports?year=2026");
        browser.choose(By.id("provincial-kind"), "PROVINCIAL_LEVEL5_HALF_YEAR");
        browser.type(By.id("provincial-year"), "2026");
        browser.choose(By.id("provincial-half"), "2");
        browser.click(By.id("create-provincial-button"));
        assertThat(browser.text(By.id("preview"))).contains("Tóm tắt (số liệu đến ngày");
        browser.click(By.id("approve-button"));
        browser.type(By.id("number"), "310/BC-SKHCN");
        browser.click(By.id("submit-button"));
        assertThat(browser.text(By.id("report-status"))).contains("Đã gửi").contains("Đúng hạn");
        violations.addAll(browser.screenshotsAtBothWidths("reports/05-provincial-submitted"));

        assertThat(violations).as("serious or critical WCAG 2.1 AA violations").isEmpty();
    }
}
