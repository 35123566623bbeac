package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import vn.khien.support.Today;

/**
 * An assessment from plan to verified fix, in Debian's chromium: the coordinator plans an assessment of
 * a level 3 system, the assessor starts it and records two findings with evidence, the agency comments
 * on the draft report, the assessor completes it, the agency reports a finding fixed and the assessor
 * verifies and closes it. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentJourneyBrowserTests extends BrowserJourney {

    private static final String PASSWORD = "Khien-Demo-2026";

    @TempDir
    Path files;

    @Test
    void anAssessmentIsPlannedCarriedOutCommentedCompletedAndAFindingFixedAndVerified() throws Exception {
        browser.signIn("dieuphoi", PASSWORD);
        browser.go("/assessments");
        browser.click(By.id("new-assessment"));
        browser.type(By.id("systemCodes"), "SNV.QLCB");
        browser.choose(By.id("assessorCode"), "DG.KIEMDINH-DEMO");
        browser.choose(By.id("kind"), "COMPLIANCE_CHECK");
        browser.date(By.id("plannedStart"), Today.inVietnam().toString());
        browser.date(By.id("plannedEnd"), Today.inVietnam().plusDays(14).toString());
        browser.screenshot("assessments-01-plan");
        browser.click(By.cssSelector("#assessment-form button[type=submit]"));
        assertThat(browser.text(By.id("assessment-status"))).isEqualTo("Đã lập kế hoạch");
        String assessment = browser.path();
        browser.signOut();

        as("danhgia", assessment);
        browser.click(By.cssSelector("#start-form button:not(.date-button)"));
        assertThat(browser.text(By.id("assessment-status"))).isEqualTo("Đang thực hiện");
        String first = raise("Tài khoản quản trị không dùng xác thực đa yếu tố", "CRITICAL", "KT.MC.05");
        attachEvidence("cau-hinh-dang-nhap.pdf");
        browser.go(assessment);
        raise("Nhật ký máy chủ chỉ lưu cục bộ", "LOW", "KT.MC.04");
        attachEvidence("nhat-ky.pdf");
        browser.screenshot("assessments-02-finding-with-evidence");
        browser.go(assessment);
        browser.click(By.cssSelector("#draft-form button:not(.date-button)"));
        assertThat(browser.text(By.id("assessment-status"))).isEqualTo("Đã có báo cáo dự thảo");
        assertThat(browser.text(By.id("findings-table"))).contains("Nghiêm trọng", "Thấp");
        browser.signOut();

        as("canbo.sonv", assessment);
        browser.type(By.id("comment"), "Sở Nội vụ thống nhất với dự thảo báo cáo.");
        browser.click(By.cssSelector("#comment-form button:not(.date-button)"));
        assertThat(browser.text(By.id("assessment-status"))).isEqualTo("Cơ quan đã góp ý");
        browser.signOut();

        as("danhgia", assessment);
        browser.click(By.cssSelector("#complete-form button:not(.date-button)"));
        assertThat(browser.text(By.id("assessment-status"))).isEqualTo("Hoàn thành");
        browser.screenshot("assessments-03-completed");
        browser.signOut();

        as("canbo.sonv", first);
        browser.type(By.cssSelector("#fixed-form textarea"), "Đã bật OTP cho mọi tài khoản quản trị.");
        browser.click(By.cssSelector("#fixed-form button:not(.date-button)"));
        assertThat(browser.text(By.id("finding-status"))).isEqualTo("Đã khắc phục (chờ xác minh)");
        browser.signOut();

        as("danhgia", first);
        browser.click(By.cssSelector("#verify-form button:not(.date-button)"));
        assertThat(browser.text(By.id("finding-status"))).isEqualTo("Đã xác minh, đóng");
        browser.screenshot("assessments-04-verified");
        browser.go("/findings/board?agency=H57.02");
        assertThat(browser.text(By.id("finding-board"))).contains("Nghiêm trọng");
        browser.screenshot("assessments-05-board");
    }

    /** Submitted with Enter in the title: the form's button sits at the page's foot, where clicks get intercepted. */
    private String raise(String title, String severity, String requirement) {
        browser.choose(By.id("severity"), severity);
        browser.choose(By.id("systemCode"), "SNV.QLCB");
        browser.choose(By.id("requirementCode"), requirement);
        browser.type(By.id("title"), title + Keys.ENTER);
        assertThat(browser.text(By.id("finding-status"))).isEqualTo("Mới phát hiện");
        return browser.path();
    }

    private void attachEvidence(String name) throws Exception {
        Path pdf = Files.write(
                files.resolve(name), ("%PDF-1.7\n% " + name + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        browser.driver
                .findElement(By.cssSelector("#evidence-form input[type=file]"))
                .sendKeys(pdf.toAbsolutePath().toString());
        browser.click(By.cssSelector("#evidence-form button:not(.date-button)"));
        assertThat(browser.text(By.id("evidence"))).contains(name);
    }

    private void as(String username, String path) {
        browser.signIn(username, PASSWORD);
        browser.go(path);
    }
}
