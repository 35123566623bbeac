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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first journey of every user, in Debian's chromium: sign in in Vietnamese, switch to English,
 * meet a friendly error page, sign out, and find the chosen language again at the next sign-in.
 * Screenshots are kept in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInJourneyBrowserTests {

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
                        "--window-size=1280,900",
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
    void signInSwitchLanguageAndSignOut() throws Exception {
        open("/login");
        assertThat(browser.getTitle()).isEqualTo("Đăng nhập — Khiên");
        assertThat(text()).contains("Tên đăng nhập", "Mật khẩu");
        screenshot("01-login-vi");

        signIn("dieuphoi", "not-the-password-1");
        assertThat(browser.findElement(By.id("login-error")).getText())
                .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        screenshot("02-login-failed-vi");

        signIn("dieuphoi", "Khien-Demo-2026");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Việc cần làm");
        assertThat(text()).contains("Quản lý người dùng", "Trần Thị Điều Phối");
        screenshot("03-home-vi");

        browser.findElement(By.linkText("Người dùng")).click();
        assertThat(text()).contains("Sở Nội vụ", "Cán bộ cơ quan");
        screenshot("04-users-vi");

        browser.findElement(By.id("lang-en")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Users");
        assertThat(text()).contains("Agency officer");
        screenshot("05-users-en");

        open("/no-such-page");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(text()).doesNotContain("Exception", "at org.", "Whitelabel");
        screenshot("06-not-found-en");

        browser.findElement(By.id("logout")).click();
        assertThat(browser.findElement(By.id("logout-notice")).isDisplayed()).isTrue();
        screenshot("07-signed-out");

        signIn("dieuphoi", "Khien-Demo-2026");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("To do");
        screenshot("08-home-en-remembered");

        browser.findElement(By.id("lang-vi")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Việc cần làm");
    }

    private void signIn(String username, String password) {
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
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
