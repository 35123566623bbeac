package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.khien.scoring.application.CriteriaSetManagement;
import vn.khien.support.SignedIn;
import vn.khien.support.Today;

/**
 * A year's evaluation from opening to the public ranking, in Debian's chromium: the coordinator creates
 * and opens the campaign, Sở Nội vụ's officer answers with an evidence file and submits, the coordinator
 * closes the window, changes one score with a reason and publishes; the public page then shows the
 * ranking with tied ranks and no evidence, while a year that is not published stays unreachable.
 * 2022, a year of its own with a small set of its own (the demo set starts in 2025, and the demo's 2026
 * campaign cannot be published before its cut-off). Screenshots at 1366 px and on a 390 px phone; axe-core
 * finds no serious or critical WCAG 2.1 AA violation on the pages at 1366 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScoringJourneyBrowserTests extends BrowserJourney {

    private static final String PASSWORD = "Khien-Demo-2026";
    private static final String EVIDENCE = "quy-che-attt-2022.pdf";

    @TempDir
    Path files;

    @Autowired
    CriteriaSetManagement sets;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aCampaignIsOpenedAnsweredWithEvidenceVerifiedAndPublishedWithTiesForEveryone() throws Exception {
        storeSet();
        browser.go("/xep-hang/2022");
        assertThat(browser.text()).doesNotContain("Đánh giá an toàn thông tin năm 2022");

        browser.signIn("dieuphoi", PASSWORD);
        browser.go("/scoring");
        browser.type(By.id("year"), "2022");
        browser.choose(By.id("setCode"), "HANHTRINH");
        browser.type(By.id("title"), "Đánh giá an toàn thông tin năm 2022");
        browser.date(By.id("cutOff"), "2022-12-31");
        browser.click(By.id("create-campaign"));
        browser.date(By.id("closesOn"), Today.inVietnam().toString());
        browser.click(By.id("open-campaign"));
        assertThat(browser.text(By.id("campaign-state"))).isEqualTo("Đang tự đánh giá");
        String campaign = browser.path();
        violations.addAll(browser.screenshotsAtBothWidths("scoring-01-opened"));
        browser.signOut();

        browser.signIn("canbo.sonv", PASSWORD);
        String scorecard = campaign + "/agencies/H57.02";
        browser.go(scorecard);
        attach("1.2");
        browser.choose(By.name("answer.1.2"), "YES");
        browser.choose(By.name("answer.1.3"), "2");
        browser.click(By.id("submit-answers"));
        assertThat(browser.text(By.id("scorecard-submission"))).isEqualTo("Đã nộp");
        assertThat(browser.text(By.id("criterion-1.2"))).contains(EVIDENCE);
        violations.addAll(browser.screenshotsAtBothWidths("scoring-02-self-assessed"));
        browser.signOut();

        browser.signIn("dieuphoi", PASSWORD);
        browser.go(campaign + "?view=late");
        assertThat(browser.text(By.id("progress-submitted"))).startsWith("1 / ");
        violations.addAll(browser.screenshotsAtBothWidths("scoring-03-board-not-submitted"));
        browser.click(By.id("close-campaign"));
        assertThat(browser.text(By.id("campaign-state"))).isEqualTo("Đang thẩm định");
        browser.go(campaign + "?view=queue");
        assertThat(browser.text(By.id("queue-table"))).contains("Sở Nội vụ");
        browser.go(scorecard);
        assertThat(browser.text(By.id("criterion-1.2"))).contains(EVIDENCE);
        row("1.3").findElement(By.name("points")).sendKeys("2");
        row("1.3").findElement(By.name("reason")).sendKeys("Kế hoạch chưa được phê duyệt");
        browser.click(By.id("verify-1.3"));
        assertThat(browser.text(By.id("criterion-1.3"))).contains("Kế hoạch chưa được phê duyệt");
        violations.addAll(browser.screenshotsAtBothWidths("scoring-04-verified"));
        browser.go(campaign);
        browser.click(By.id("publish-campaign"));
        assertThat(browser.text(By.id("campaign-state"))).isEqualTo("Đã công bố");
        violations.addAll(browser.screenshotsAtBothWidths("scoring-05-published-board"));
        browser.signOut();

        browser.go("/xep-hang/2022");
        String overall = browser.text(By.id("overall-table"));
        assertThat(overall).contains("Sở Nội vụ", "Không nộp").doesNotContain(EVIDENCE);
        assertThat(browser.text()).doesNotContain(EVIDENCE, "Kế hoạch chưa được phê duyệt");
        List<String> ranks =
                browser.driver.findElements(By.cssSelector("#overall-table tbody tr td:first-child")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertThat(new java.util.HashSet<>(ranks))
                .as("equal scores share a rank")
                .hasSizeLessThan(ranks.size());
        violations.addAll(browser.screenshotsAtBothWidths("scoring-06-public"));

        browser.go("/xep-hang/2026");
        assertThat(browser.text()).doesNotContain("Tự đánh giá năm 2026");
        assertThat(browser.driver.findElements(By.id("overall-table"))).isEmpty();
        assertThat(violations).as("serious or critical WCAG 2.1 AA violations").isEmpty();
    }

    private final List<String> violations = new java.util.ArrayList<>();

    private void storeSet() {
        SignedIn.inSecurityContext(accounts, "dieuphoi");
        try {
            sets.store("""
                    code: "HANHTRINH"
                    version: 1
                    title: {vi: "Bộ tiêu chí hành trình 2022", en: "Journey set 2022"}
                    years: {from: 2020, to: 2024}
                    agencyKinds: [PROVINCIAL_DEPARTMENT]
                    grades:
                      - {code: "TOT", minPoints: 15, title: {vi: "Tốt", en: "Good"}}
                      - {code: "KHA", minPoints: 8, title: {vi: "Khá", en: "Fair"}}
                      - {code: "YEU", minPoints: 0, title: {vi: "Yếu", en: "Weak"}}
                    groups:
                      - code: "1"
                        title: {vi: "Tổ chức và chính sách", en: "Organisation and policy"}
                        criteria:
                          - {code: "1.1", title: {vi: "Đầu mối còn hiệu lực", en: "Focal points in office"}, maxPoints: 4, method: AUTOMATIC, formula: FOCAL_POINTS_CURRENT}
                          - {code: "1.2", title: {vi: "Quy chế bảo đảm an toàn thông tin", en: "Security regulation"}, maxPoints: 6, method: SELF_ASSESSED, answer: {type: YES_NO}}
                          - code: "1.3"
                            title: {vi: "Kế hoạch an toàn thông tin năm", en: "Yearly security plan"}
                            maxPoints: 8
                            method: SELF_ASSESSED
                            answer:
                              type: LEVEL
                              levels:
                                - {vi: "Chưa có", en: "None"}
                                - {vi: "Dự thảo", en: "Draft"}
                                - {vi: "Đã phê duyệt", en: "Approved"}
                    """);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void attach(String criterion) throws Exception {
        Path pdf = Files.write(
                files.resolve(EVIDENCE), ("%PDF-1.7\n% quy che\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        row(criterion)
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(pdf.toAbsolutePath().toString());
        browser.click(By.id("attach-" + criterion));
        assertThat(browser.text(By.id("criterion-" + criterion))).contains(EVIDENCE);
    }

    private WebElement row(String criterion) {
        return browser.driver.findElement(By.id("criterion-" + criterion));
    }
}
