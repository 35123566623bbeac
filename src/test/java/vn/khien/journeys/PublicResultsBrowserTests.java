package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The public results without sign-in: the demo's 2025 ranking with its two charts, then an agency's
 * scorecard, each on a 1366 px screen, on a 390 px phone (nothing wider than the screen) and printed
 * (the charts stay, the navigation goes); axe-core finds no serious WCAG 2.1 AA violation. Screenshots
 * in {@code target/screenshots/public/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicResultsBrowserTests extends BrowserJourney {

    @Test
    void theRankingWithItsChartsAndAScorecardReadOnAScreenAPhoneAndPaper() throws Exception {
        browser.go("/xep-hang/2025");
        look("public/ranking");
        assertThat(browser.driver.findElements(By.cssSelector("#public-charts svg[role=img]")))
                .hasSize(2);
        assertThat(browser.driver.findElements(By.cssSelector("#chart-grades rect")))
                .isNotEmpty();

        browser.click(By.cssSelector("#overall-table tbody tr:first-child a"));
        assertThat(browser.driver.getCurrentUrl()).contains("/xep-hang/2025/");
        look("public/scorecard");
        assertThat(browser.driver.findElement(By.id("public-scorecard-score")).getText())
                .contains("/");
    }

    /** The page at 1366 px (with axe), at 390 px (nothing wider) and printed, with screenshots. */
    private void look(String name) throws Exception {
        String path = browser.driver.getCurrentUrl();
        browser.emulate(1366, 900, false);
        browser.driver.navigate().refresh();
        List<String> serious = new AxeBuilder()
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(browser.driver)
                        .getViolations()
                        .stream()
                        .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                        .map(Rule::getId)
                        .toList();
        assertThat(serious).as("serious WCAG violations on %s", path).isEmpty();
        browser.screenshot(name + "-1366");
        browser.emulate(390, 900, true);
        browser.driver.navigate().refresh();
        assertThat((Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .as("%s wider than a 390 px phone", path)
                .isLessThanOrEqualTo(0L);
        browser.screenshot(name + "-390");
        browser.emulate(1366, 900, false);
        cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat((Boolean) script("return document.querySelector('header').offsetParent === null;"))
                .as("the navigation is not printed")
                .isTrue();
        browser.screenshot(name + "-print");
        cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private void cdp(String command, Map<String, Object> parameters) {
        ((ChromeDriver) browser.driver).executeCdpCommand(command, parameters);
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser.driver).executeScript(code);
    }
}
