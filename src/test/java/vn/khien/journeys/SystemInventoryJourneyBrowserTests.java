package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agency officer's inventory journey in Debian's chromium: find a system without typing accents,
 * register one, record an address range (a bad one first), start and submit its level dossier, and
 * read its history, which htmx loads into a tab. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SystemInventoryJourneyBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
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
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOfficerRegistersASystemRecordsItsAddressesAndSubmitsItsDossier() throws Exception {
        open("/login");
        browser.findElement(By.id("username")).sendKeys("canbo.sonv");
        browser.findElement(By.id("password")).sendKeys("Khien-Demo-2026");
        click(By.id("login-submit"));

        click(By.linkText("Hệ thống thông tin"));
        browser.findElement(By.name("q")).sendKeys("can bo");
        click(By.cssSelector("#system-filter button"));
        assertThat(browser.findElement(By.id("systems-table")).getText())
                .contains("Cơ sở dữ liệu cán bộ, công chức, viên chức")
                .doesNotContain("Sở Y tế");
        screenshot("systems-01-search");

        String code = "SNV.J" + System.nanoTime() % 100_000;
        click(By.id("new-system"));
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("name")).sendKeys("Hệ thống tuyển dụng công chức trực tuyến");
        new Select(browser.findElement(By.id("ownerCode"))).selectByValue("H57.02");
        new Select(browser.findElement(By.id("type"))).selectByValue("CITIZEN_SERVICE");
        new Select(browser.findElement(By.id("publicServiceLevel"))).selectByValue("3");
        browser.findElement(By.id("personalDataSubjects")).sendKeys("25000");
        new Select(browser.findElement(By.id("proposedLevel"))).selectByValue("2");
        browser.findElement(By.id("components")).sendKeys("3 | Cổng tuyển dụng | Máy chủ web");
        screenshot("systems-02-register");
        click(By.id("save-system"));
        assertThat(text()).contains("Đã đăng ký hệ thống thông tin.", "Hệ thống tuyển dụng công chức trực tuyến");
        assertThat(browser.findElement(By.id("level-warning")).getText()).contains("cấp độ 3");
        screenshot("systems-03-detail-with-advice");

        click(By.linkText("Tài sản mạng"));
        browser.findElement(By.id("value")).sendKeys("10.57.77.5/24");
        click(By.cssSelector("#asset-form button"));
        assertThat(text()).contains("không khớp với độ dài tiền tố");
        browser.findElement(By.id("value")).clear();
        browser.findElement(By.id("value")).sendKeys("10.57.77.0/24");
        click(By.cssSelector("#asset-form button"));
        assertThat(browser.findElement(By.id("assets-table")).getText()).contains("10.57.77.0/24");
        screenshot("systems-04-assets");

        click(By.linkText("Hồ sơ đề xuất cấp độ"));
        new Select(browser.findElement(By.id("proposedLevel"))).selectByValue("3");
        click(By.cssSelector("#new-dossier-form button"));
        assertThat(browser.findElement(By.id("dossier-status")).getText()).isEqualTo("Đang soạn");
        click(By.cssSelector("#submit-form button"));
        assertThat(browser.findElement(By.id("dossier-status")).getText()).isEqualTo("Đã trình");
        screenshot("systems-05-dossier-submitted");

        open("/systems/" + code + "?tab=history");
        assertThat(browser.findElement(By.id("object-history")).getText())
                .contains("Trình hồ sơ đề xuất cấp độ", "Thêm tài sản mạng", "Đăng ký hệ thống thông tin");
        screenshot("systems-06-history");
    }

    /** Scrolled into view first: a button below the fold cannot be clicked. */
    private static void click(By target) {
        var element = browser.findElement(target);
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private static String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static void screenshot(String name) throws Exception {
        Path folder = Path.of(System.getProperty("khien.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
