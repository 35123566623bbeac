package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The coordinator's alert console in Debian's chromium, on the demo province's two days of alerts: the
 * counts-per-hour chart, filters by severity and then by system, a roll-up's raw alerts, and a manual
 * promotion to an incident (the roll-up is marked promoted; the incidents module hears AlertsPromoted).
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlertConsoleJourneyBrowserTests extends BrowserJourney {

    private static final String UNKNOWN_SYSTEM = "(chưa xác định)";
    private static final String PROMOTED = "Đã chuyển sự cố";

    @Test
    void theCoordinatorFiltersAlertsReadsTheRawEventsAndPromotesARollup() throws Exception {
        browser.signIn("dieuphoi", "Khien-Demo-2026");

        browser.click(By.linkText("Cảnh báo"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Cảnh báo an toàn thông tin");
        assertThat(browser.driver.findElements(By.cssSelector("#hourly-chart rect")))
                .isNotEmpty();
        assertThat(browser.text(By.id("hourly-chart"))).contains("Số cảnh báo theo giờ");
        browser.screenshot("alerts-01-console-with-hourly-chart");

        browser.choose(By.id("severity"), "HIGH");
        browser.click(By.cssSelector("#alert-filters button[type=submit]"));
        List<WebElement> high = rows();
        assertThat(high).isNotEmpty();
        assertThat(high).allSatisfy(row -> assertThat(cell(row, 2)).matches("(Cao|Nghiêm trọng).*"));
        WebElement candidate = high.stream()
                .filter(row ->
                        !cell(row, 3).equals(UNKNOWN_SYSTEM) && !cell(row, 2).contains(PROMOTED))
                .findFirst()
                .orElseThrow();
        String system = cell(candidate, 3);
        browser.screenshot("alerts-02-high-and-above");

        browser.type(By.id("system"), system);
        browser.click(By.cssSelector("#alert-filters button[type=submit]"));
        List<WebElement> onSystem = rows();
        assertThat(onSystem)
                .isNotEmpty()
                .allSatisfy(row -> assertThat(cell(row, 3)).isEqualTo(system));
        assertThat(browser.driver.findElements(By.cssSelector("#hourly-chart rect")))
                .isNotEmpty();
        browser.screenshot("alerts-03-high-on-one-system");

        WebElement pending = onSystem.stream()
                .filter(row -> !cell(row, 2).contains(PROMOTED))
                .findFirst()
                .orElseThrow();
        String count = cell(pending, 8);
        browser.click(By.cssSelector("#rollups-table tbody tr:nth-child(" + (onSystem.indexOf(pending) + 1) + ") a"));
        assertThat(browser.text(By.id("rollup-facts"))).contains(system).contains(count);
        assertThat(browser.driver.findElements(By.cssSelector("#raw-table tbody tr")))
                .hasSize(Math.min(20, Integer.parseInt(count)));
        assertThat(browser.text(By.id("raw-table"))).containsAnyOf("signature_id", "\"rule\"", "\"ruleId\"");
        browser.screenshot("alerts-04-raw-alerts");

        browser.type(By.id("reason"), "Dò quét lặp lại vào hệ thống, cần xử lý");
        browser.click(By.id("promote"));
        assertThat(browser.text()).contains("Đã chuyển các cảnh báo thành sự cố.");
        assertThat(browser.text(By.id("rollup-facts"))).contains(PROMOTED);
        assertThat(browser.driver.findElements(By.id("promote"))).isEmpty();
        browser.screenshot("alerts-05-promoted");
    }

    private List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("#rollups-table tbody tr"));
    }

    private static String cell(WebElement row, int column) {
        return row.findElement(By.cssSelector("td:nth-child(" + column + ")"))
                .getText()
                .strip();
    }
}
