package vn.khien.journeys;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.khien.support.Authenticators;

/**
 * Debian's headless chromium driven for the journeys, with the few moves they share: open a path,
 * click what may be below the fold, fill a date input, read the page, keep a screenshot.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final int port;

    private Browser(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    /** Skips the calling test when chromium and chromedriver are not installed. */
    static Browser open(int port) {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian chromium and chromium-driver are needed (apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-gpu",
                        "--no-first-run",
                        "--window-size=1280,1000",
                        "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Browser(driver, port);
    }

    /**
     * Opens the page and waits for what it loads with htmx on load (a tab's content): htmx issues those
     * requests before the page's load event and marks their elements {@code htmx-request} until the answer
     * is in.
     */
    void go(String path) {
        driver.get("http://localhost:" + port + path);
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.querySelectorAll('.htmx-request').length === 0")));
    }

    /**
     * Signs in as a person would, second factor included (issue 22): the code from the authenticator
     * when Khiên asks for one, and for a privileged account's first sign-in the enrolment, reading the
     * secret from the page and putting the recovery codes aside.
     */
    void signIn(String username, String password) {
        go("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("login-submit"));
        if (driver.getCurrentUrl().contains("/account/second-factor")
                && !driver.findElements(By.id("enrolment-required")).isEmpty()) {
            Authenticators.learn(
                    username, driver.findElement(By.id("enrol-secret")).getText());
            type(By.id("code"), Authenticators.nextCode(username));
            click(By.id("enrol-submit"));
            click(By.id("recovery-codes-done"));
        } else if (driver.getCurrentUrl().contains("/login/code") && Authenticators.knows(username)) {
            type(By.id("code"), Authenticators.nextCode(username));
            click(By.id("code-submit"));
        }
    }

    /**
     * Scrolled into view first, at once (Bootstrap's smooth scrolling would still be moving the page when
     * the click lands, and another element would take it). When the click loads a new
     * page, waits until the old one is gone, so that the next read sees the new page and not the old.
     */
    void click(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        clickNow(target);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> isGone(page));
        } catch (TimeoutException stayedOnThePage) {
            // an in-page action (htmx, a disabled button): nothing to wait for
        }
    }

    private static boolean isGone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (WebDriverException answer) {
            if (wasReplaced(answer)) {
                return true;
            }
            throw answer;
        }
    }

    /**
     * Selenium's own staleness test expects "stale element", but while the old document is being torn
     * down Chrome answers "node does not belong to the document" instead (seen in CI): both mean the
     * page the element belonged to is gone.
     */
    private static boolean wasReplaced(WebDriverException answer) {
        return answer instanceof StaleElementReferenceException
                || String.valueOf(answer.getMessage()).contains("does not belong to the document");
    }

    private void clickNow(By target) {
        WebElement element = find(target);
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /**
     * Finds what to click as a user would: a link in a closed navigation menu (hidden, so a link-text
     * search does not see it) is found by opening the menus one by one.
     */
    private WebElement find(By target) {
        List<WebElement> visible = displayed(target);
        if (!visible.isEmpty()) {
            return visible.get(0);
        }
        for (WebElement toggle : driver.findElements(By.cssSelector("nav .dropdown-toggle"))) {
            toggle.click();
            List<WebElement> inMenu = displayed(target);
            if (!inMenu.isEmpty()) {
                return inMenu.get(0);
            }
            toggle.click();
        }
        return driver.findElement(target);
    }

    private List<WebElement> displayed(By target) {
        return driver.findElements(target).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    void type(By target, String text) {
        WebElement element = driver.findElement(target);
        element.clear();
        element.sendKeys(text);
    }

    /** The values a datalist suggests once it has some (filled with htmx as the user types). */
    List<String> suggestions(By datalist) {
        return new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
            List<String> values = d.findElement(datalist).findElements(By.tagName("option")).stream()
                    .map(option -> option.getDomAttribute("value"))
                    .toList();
            return values.isEmpty() ? null : values;
        });
    }

    /**
     * Picks a value: from a select's options, or, in a type-ahead picker (static/js/picker.js), by typing
     * it and clicking the choice that shows it, as a person would.
     */
    void choose(By target, String value) {
        WebElement element = driver.findElement(target);
        if (!"combobox".equals(element.getDomAttribute("role"))) {
            new Select(element).selectByValue(value);
            return;
        }
        pick(target, value, value);
    }

    /** A field's current value (what the form will send). */
    String value(By target) {
        return driver.findElement(target).getDomProperty("value");
    }

    /** Types into a type-ahead picker and clicks the choice whose text contains {@code choice}. */
    void pick(By target, String typed, String choice) {
        WebElement element = driver.findElement(target);
        element.clear();
        element.sendKeys(typed);
        By choices = By.cssSelector("#" + element.getDomAttribute("aria-controls") + " [role=option]");
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> d.findElements(choices).stream()
                        .filter(option -> option.getText().contains(choice))
                        .findFirst()
                        .orElse(null))
                .click();
    }

    /** Date inputs take keystrokes in the browser's locale; the ISO value is set directly instead. */
    void date(By target, String isoDate) {
        WebElement element = driver.findElement(target);
        if ("text".equals(element.getDomProperty("type"))) {
            // the date widget (static/js/dates.js): typed dd/MM/yyyy, as a person in Vietnam writes it
            element.clear();
            element.sendKeys(java.time.LocalDate.parse(isoDate)
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            return;
        }
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", element, isoDate);
    }

    String text() {
        return text(By.tagName("body"));
    }

    /** Read again if the page was replaced while reading (a redirect finishing). */
    String text(By target) {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(target).getText();
            } catch (WebDriverException e) {
                if (attempt == 5 || !wasReplaced(e)) {
                    throw e;
                }
            }
        }
    }

    /** The page as a 1366 × 900 desktop shows it. */
    void desktop() {
        emulate(1366, 900, false);
    }

    /** A 390 px phone, emulated: Chrome will not make a window narrower than about 500 px. */
    void phone() {
        emulate(390, 844, true);
    }

    void emulate(int width, int height, boolean mobile) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /**
     * Screenshots of the page at 1366 px and on a 390 px phone ({@code name-1366}, {@code name-390}), back at
     * desktop width after; answers the page's serious accessibility violations.
     */
    List<String> screenshotsAtBothWidths(String name) throws Exception {
        desktop();
        screenshot(name + "-1366");
        List<String> violations = seriousViolations(name);
        phone();
        screenshot(name + "-390");
        desktop();
        return violations;
    }

    /** The path of the page shown now. */
    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    void signOut() {
        click(By.id("logout"));
    }

    void screenshot(String name) throws Exception {
        Path file = Path.of(System.getProperty("khien.screenshots", "target/screenshots"))
                .resolve(name + ".png");
        Files.createDirectories(file.getParent());
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** The serious or critical WCAG 2.1 A/AA violations axe-core finds on the page as it is now. */
    List<String> seriousViolations(String label) {
        List<String> found = new java.util.ArrayList<>();
        for (Rule rule : new AxeBuilder().withTags(WCAG_21_AA).analyze(driver).getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                found.add(label + ": " + rule.getId() + " (" + rule.getImpact() + ") on "
                        + rule.getNodes().stream()
                                .limit(3)
                                .map(node -> String.valueOf(node.getTarget()))
                                .toList());
            }
        }
        return found;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
