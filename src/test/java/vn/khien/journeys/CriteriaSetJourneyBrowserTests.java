package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The coordinator's criteria sets and national index in Debian's chromium: the demo set is frozen, so
 * it is copied into next year's draft; a wrong edit is answered on its field, the corrected one saved;
 * a national result is recorded and drawn. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CriteriaSetJourneyBrowserTests extends BrowserJourney {

    @Test
    void theCoordinatorCopiesTheFrozenSetEditsTheDraftAndRecordsTheNationalResult() throws Exception {
        browser.signIn("dieuphoi", "Khien-Demo-2026");
        browser.go("/scoring");
        browser.click(By.id("criteria-sets-link"));
        assertThat(browser.text(By.id("set-HUE-ATTT-1"))).contains("Đã khóa");
        browser.screenshot("criteria-sets-01-list");
        browser.type(By.id("copy-year-HUE-ATTT-1"), "2027");
        browser.click(By.id("copy-HUE-ATTT-1"));
        assertThat(browser.text()).contains("Bộ tiêu chí HUE-ATTT, phiên bản 2");

        browser.type(By.id("groups0.criteria0.maxPoints"), "0");
        browser.type(By.id("groups0.criteria1.code"), "1.1");
        browser.click(By.id("save-set"));
        assertThat(browser.text(By.id("set-errors"))).contains("Phải lớn hơn 0").contains("Mã 1.1 đã dùng ở trên");
        browser.screenshot("criteria-sets-02-errors");
        browser.type(By.id("groups0.criteria0.maxPoints"), "3,5");
        browser.type(By.id("groups0.criteria1.code"), "1.2");
        browser.click(By.id("save-set"));
        assertThat(browser.text()).contains("Đã lưu bộ tiêu chí").contains("Tổng điểm hiện tại: 100,50");
        browser.screenshot("criteria-sets-03-saved");

        browser.go("/scoring");
        browser.click(By.id("national-index-link"));
        browser.type(By.id("year"), "2024");
        browser.type(By.id("methodology"), "Chỉ số an toàn thông tin (CSI)");
        browser.type(By.id("rank"), "22");
        browser.type(By.id("provinces"), "63");
        browser.type(By.id("score"), "0,71");
        browser.type(By.id("maxScore"), "1");
        browser.type(By.id("sourceNumber"), "123/CATTT-VP");
        browser.date(By.id("sourceDate"), "2025-03-20");
        browser.type(By.id("pillars0.name"), "Pháp lý");
        browser.type(By.id("pillars0.score"), "0,8");
        browser.click(By.id("record-national"));
        browser.type(By.id("year"), "2025");
        browser.type(By.id("methodology"), "Chỉ số an toàn thông tin (CSI)");
        browser.type(By.id("rank"), "15");
        browser.type(By.id("provinces"), "34");
        browser.type(By.id("score"), "0,78");
        browser.type(By.id("sourceNumber"), "456/CATTT-VP");
        browser.date(By.id("sourceDate"), "2026-03-18");
        browser.click(By.id("record-national"));
        assertThat(browser.text(By.id("national-2025"))).contains("15/34");
        browser.click(By.id("open-campaign-2025"));
        assertThat(browser.text(By.id("national-2025"))).contains("Chưa ghi tồn tại nào");
        browser.screenshot("national-index-01-trend");
    }
}
